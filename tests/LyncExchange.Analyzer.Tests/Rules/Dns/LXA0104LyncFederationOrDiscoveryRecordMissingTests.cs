using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;
using static LyncExchange.Analyzer.Tests.Rules.Dns.DnsDumps;

namespace LyncExchange.Analyzer.Tests.Rules.Dns;

[Trait("Rule", "LXA0104")]
public sealed class LXA0104LyncFederationOrDiscoveryRecordMissingTests
{
    private static readonly string[] WithoutFederation = [OnPremRecords[0], OnPremRecords[2], OnPremRecords[3], OnPremRecords[4]];

    [Fact]
    public void Analyze_AllRecordsPresent_ReportsNothing()
    {
        using var set = new DumpSetBuilder().Hybrid().Add("contoso.com.zone", Zone("contoso.com", OnPremRecords));

        Assert.Empty(set.Diagnostics("LXA0104"));
    }

    [Fact]
    public void Analyze_FederationSrvMissingInHybrid_IsAnErrorAtTheSoa()
    {
        using var set = new DumpSetBuilder().Hybrid().Add("contoso.com.zone", Zone("contoso.com", WithoutFederation));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0104"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(SoaLine, diagnostic.Location.Line);
        Assert.Equal("SipDomain:contoso.com", diagnostic.LogicalLocation);
        Assert.StartsWith("SIP domain 'contoso.com' has no SRV _sipfederationtls._tcp.contoso.com; federation, and Office 365 OWA IM/presence and online-meeting scheduling (KB 2565604) will fail (in hybrid", diagnostic.Message);
        Assert.Equal("Add-DnsServerResourceRecord -ZoneName contoso.com -Srv -Name _sipfederationtls._tcp -DomainName sip.contoso.com -Priority 0 -Weight 0 -Port 5061", diagnostic.Properties["fix"]);
        Assert.Contains(diagnostic.RelatedLocations, r => r.Location.Path == "Get-CsUser.txt");
    }

    [Fact]
    public void Analyze_FederationSrvMissingWithLyncServerOnly_IsAWarning()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com", WithoutFederation));

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(set.Diagnostics("LXA0104")).Severity);
    }

    [Fact]
    public void Analyze_EmptyZone_ReportsEachRequiredRecord()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com"));

        var names = set.Diagnostics("LXA0104").Select(d => d.Properties["expected"]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            ["CNAME lyncdiscover.contoso.com → the reverse proxy", "SRV _sip._tls.contoso.com port 443 → the Access Edge", "SRV _sipfederationtls._tcp.contoso.com port 5061 → the Access Edge"],
            names);
    }

    [Fact]
    public void Analyze_PoolButDnsOnlineAndNoOnPremUsers_IsInfoDependingOnTheScenario()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-CsSipDomain.txt", SipDomain("contoso.com"))
            .Add("Get-CsUser.txt", User("alice@contoso.com", provider: "", pool: ""))
            .Add("contoso.com.zone", Zone("contoso.com", OnlineRecords[0], OnlineRecords[2], OnlineRecords[3]));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0104"));

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains("(depends on scenario: fires only if the deployment is LyncServerOnly, Hybrid, not LyncOnlineOnly)", diagnostic.Message);
    }

    [Fact]
    public void Analyze_SipDomainWithoutLyncEnabledUsers_IsNotJudged()
    {
        using var set = new DumpSetBuilder().LyncServer()
            .Add("Get-CsSipDomain.txt", FormatListText.Objects(SipDomain("contoso.com"), SipDomain("fabrikam.com")))
            .Add("contoso.com.zone", Zone("contoso.com", OnPremRecords))
            .Add("fabrikam.com.zone", Zone("fabrikam.com"));

        Assert.Empty(set.Diagnostics("LXA0104"));
    }

    [Fact]
    public void Analyze_DisabledUserOnly_IsNotJudged()
    {
        using var set = new DumpSetBuilder().LyncServer()
            .Add("Get-CsUser.txt", User("alice@contoso.com", enabled: "False"))
            .Add("contoso.com.zone", Zone("contoso.com"));

        Assert.Empty(set.Diagnostics("LXA0104"));
    }

    [Fact]
    public void Analyze_LyncOnlineOnly_IsNotJudged()
    {
        using var set = new DumpSetBuilder().LyncOnline().Add("contoso.com.zone", Zone("contoso.com"));

        Assert.Empty(set.Diagnostics("LXA0104"));
    }

    [Fact]
    public void Analyze_OnlyTheInternalCopySupplied_AsksForThePublicZone()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("internal/contoso.com.dns", Zone("contoso.com", OnPremRecords));

        var missing = Assert.Single(set.Diagnostics("LXA0905"), d => d.Message.StartsWith("LXA0104", StringComparison.Ordinal));

        Assert.Contains("no zone for SIP domain contoso.com (only the internal copy internal/contoso.com.dns was supplied; the external one is needed)", missing.Message);
        Assert.Empty(set.Diagnostics("LXA0104"));
    }

    [Fact]
    public void Analyze_NoUserDump_IsEvidenceMissing()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-CsSipDomain.txt", SipDomain("contoso.com")).Add("contoso.com.zone", Zone("contoso.com"));

        Assert.Contains(set.Diagnostics("LXA0905"), d => d.Message.StartsWith("LXA0104", StringComparison.Ordinal) && d.Message.Contains("no Get-CsUser output", StringComparison.Ordinal));
        Assert.Empty(set.Diagnostics("LXA0104"));
    }
}
