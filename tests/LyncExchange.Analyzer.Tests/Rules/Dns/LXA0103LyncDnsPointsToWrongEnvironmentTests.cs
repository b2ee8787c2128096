using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;
using static LyncExchange.Analyzer.Tests.Rules.Dns.DnsDumps;

namespace LyncExchange.Analyzer.Tests.Rules.Dns;

[Trait("Rule", "LXA0103")]
public sealed class LXA0103LyncDnsPointsToWrongEnvironmentTests
{
    [Fact]
    public void Analyze_OnlineDnsWithLyncServer_KeepsLyncServerOnlyAndReportsTheDns()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com", OnlineRecords));

        var result = set.Analyze();
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "LXA0103");

        Assert.Equal(LyncScenario.LyncServerOnly, result.Deployment.Scenario.Scenario);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(FirstRecordLine, diagnostic.Location.Line);
        Assert.Equal("SipDomain:contoso.com", diagnostic.LogicalLocation);
        Assert.Equal("SIP domain 'contoso.com' resolves to Lync Online but the deployment is LyncServerOnly; in LyncServerOnly all Lync DNS records must point on-premises.", diagnostic.Message);
        Assert.StartsWith("Remove-DnsServerResourceRecord -ZoneName contoso.com -RRType Srv -Name _sip._tls -Force; Add-DnsServerResourceRecord -ZoneName contoso.com -Srv -Name _sip._tls -DomainName sip.contoso.com -Priority 0 -Weight 0 -Port 443", diagnostic.Properties["fix"]);
        Assert.Contains(diagnostic.RelatedLocations, r => r.Location.Path == "Get-CsPool.txt");
        var conflict = Assert.Single(result.Diagnostics, d => d.Id == "LXA0906");
        Assert.Equal(DiagnosticSeverity.Warning, conflict.Severity);
        Assert.Contains("DNS points to Lync Online but on-premises Lync servers and users exist", conflict.Message);
    }

    [Fact]
    public void Analyze_OnPremDnsWithOnlyOnlineUsers_DoesNotTurnTheTenantIntoLyncServer()
    {
        using var set = new DumpSetBuilder().LyncOnline().Add("contoso.com.zone", Zone("contoso.com", OnPremRecords));

        var result = set.Analyze();

        Assert.Equal(LyncScenario.LyncOnlineOnly, result.Deployment.Scenario.Scenario);
        Assert.True(result.Deployment.Scenario.Has(ScenarioSignalKind.DnsPointsOnPrem));
    }

    [Fact]
    public void Analyze_OnlineDnsWithPoolButNoOnPremUsers_DependsOnTheScenarioAndIsInfo()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-CsSipDomain.txt", SipDomain("contoso.com")).Add("contoso.com.zone", Zone("contoso.com", OnlineRecords));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0103"));

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.EndsWith("(depends on scenario: fires only if the deployment is LyncServerOnly, not LyncOnlineOnly)", diagnostic.Message);
    }

    [Fact]
    public void Analyze_OnlineDnsInHybrid_ExplainsWhatBreaks()
    {
        using var set = new DumpSetBuilder().Hybrid().Add("contoso.com.zone", Zone("contoso.com", OnlineRecords));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0103"));

        Assert.StartsWith("SIP domain 'contoso.com' resolves to Lync Online but the deployment is Hybrid;", diagnostic.Message);
        Assert.Contains("found through the on-premises Edge, not through DNS", diagnostic.Message);
    }

    [Fact]
    public void Analyze_OnPremDnsInHybrid_IsCorrect()
    {
        using var set = new DumpSetBuilder().Hybrid().Add("contoso.com.zone", Zone("contoso.com", OnPremRecords));

        Assert.Empty(set.Diagnostics("LXA0103"));
    }

    [Fact]
    public void Analyze_OnPremDnsForLyncOnlineOnly_ReportsWithTheOnlineValues()
    {
        using var set = new DumpSetBuilder().LyncOnline().Add("contoso.com.zone", Zone("contoso.com", OnPremRecords));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0103"));

        Assert.Equal("SIP domain 'contoso.com' resolves to on-premises but the deployment is LyncOnlineOnly; in LyncOnlineOnly all Lync DNS records must point to Lync Online.", diagnostic.Message);
        Assert.Contains("-Srv -Name _sipfederationtls._tcp -DomainName sipfed.online.lync.com -Priority 100 -Weight 1 -Port 5061", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_SplitSet_IsLeftToLxa0101()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com", OnlineRecords[0], OnPremRecords[1], OnPremRecords[2]));

        Assert.Empty(set.Diagnostics("LXA0103"));
        Assert.NotEmpty(set.Diagnostics("LXA0101"));
    }

    [Fact]
    public void Analyze_OnlyDnsAndSipDomains_DnsDecidesTheScenarioAndAgreesWithItself()
    {
        using var set = new DumpSetBuilder().Add("Get-CsSipDomain.txt", SipDomain("contoso.com")).Add("contoso.com.zone", Zone("contoso.com", OnlineRecords));

        var result = set.Analyze();

        Assert.Equal(LyncScenario.LyncOnlineOnly, result.Deployment.Scenario.Scenario);
        Assert.True(result.Deployment.Scenario.Has(ScenarioSignalKind.DnsPointsOnline));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "LXA0103");
    }
}
