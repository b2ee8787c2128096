using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;
using static LyncExchange.Analyzer.Tests.Rules.Dns.DnsDumps;

namespace LyncExchange.Analyzer.Tests.Rules.Dns;

[Trait("Rule", "LXA0102")]
public sealed class LXA0102LyncOnlineDnsRecordMissingOrIncorrectTests
{
    [Fact]
    public void Analyze_AllFourRecordsAsKb2566790Says_ReportsNothing()
    {
        using var set = new DumpSetBuilder().LyncOnline().Add("contoso.com.zone", Zone("contoso.com", OnlineRecords));

        Assert.Empty(set.Diagnostics("LXA0102"));
    }

    [Fact]
    public void Analyze_LyncdiscoverMissing_ReportsAtTheSoaWithTheRecordToCreate()
    {
        using var set = new DumpSetBuilder().LyncOnline().Add("contoso.com.zone", Zone("contoso.com", OnlineRecords[..3]));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0102"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(SoaLine, diagnostic.Location.Line);
        Assert.Equal("SipDomain:contoso.com", diagnostic.LogicalLocation);
        Assert.Equal("SIP domain 'contoso.com': lyncdiscover.contoso.com is missing; Lync Online requires CNAME lyncdiscover.contoso.com → webdir.online.lync.com.", diagnostic.Message);
        Assert.Equal("Add-DnsServerResourceRecord -ZoneName contoso.com -CName -Name lyncdiscover -HostNameAlias webdir.online.lync.com -TimeToLive 01:00:00", diagnostic.Properties["fix"]);
        Assert.Equal("Get-CsUser.txt", Assert.Single(diagnostic.RelatedLocations).Location.Path);
    }

    [Fact]
    public void Analyze_FederationSrvWrongPort_ReportsTheRecord()
    {
        using var set = new DumpSetBuilder().LyncOnline().Add("contoso.com.zone", Zone("contoso.com",
            OnlineRecords[0], "_sipfederationtls._tcp IN SRV 100 1 5062 sipfed.online.lync.com.", OnlineRecords[2], OnlineRecords[3]));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0102"));

        Assert.Equal(FirstRecordLine + 1, diagnostic.Location.Line);
        Assert.Equal("SIP domain 'contoso.com': _sipfederationtls._tcp.contoso.com is 'SRV 100 1 5062 sipfed.online.lync.com.' (port 5062); Lync Online requires SRV _sipfederationtls._tcp.contoso.com → sipfed.online.lync.com port 5061.", diagnostic.Message);
        Assert.Equal(
            "Remove-DnsServerResourceRecord -ZoneName contoso.com -RRType Srv -Name _sipfederationtls._tcp -Force; Add-DnsServerResourceRecord -ZoneName contoso.com -Srv -Name _sipfederationtls._tcp -DomainName sipfed.online.lync.com -Priority 100 -Weight 1 -Port 5061 -TimeToLive 01:00:00",
            diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_SipIsAnARecord_ReportsWrongType()
    {
        using var set = new DumpSetBuilder().LyncOnline().Add("contoso.com.zone", Zone("contoso.com",
            OnlineRecords[0], OnlineRecords[1], "sip IN A 131.107.1.10", OnlineRecords[3]));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0102"));

        Assert.Contains("sip.contoso.com is 'A 131.107.1.10' (a A record instead of CNAME)", diagnostic.Message);
        Assert.Equal("DnsRecord:sip.contoso.com A", diagnostic.LogicalLocation);
    }

    [Fact]
    public void Analyze_CnameLostItsTrailingDot_SaysSo()
    {
        using var set = new DumpSetBuilder().LyncOnline().Add("contoso.com.zone", Zone("contoso.com",
            OnlineRecords[0], OnlineRecords[1], OnlineRecords[2], "lyncdiscover IN CNAME webdir.online.lync.com"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0102"));

        Assert.Contains("'CNAME webdir.online.lync.com.contoso.com.' (the target lost its trailing dot", diagnostic.Message);
    }

    [Fact]
    public void Analyze_SrvWithoutUnderscores_IsAWarning()
    {
        using var set = new DumpSetBuilder().LyncOnline().Add("contoso.com.zone", Zone("contoso.com",
            "sip.tls IN SRV 100 1 443 sipdir.online.lync.com.", OnlineRecords[1], OnlineRecords[2], OnlineRecords[3]));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0102"));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("DnsRecord:sip.tls.contoso.com SRV", diagnostic.LogicalLocation);
        Assert.Contains("without the leading underscores", diagnostic.Message);
    }

    [Fact]
    public void Analyze_LyncServerDeployment_IsNotJudged()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com", OnPremRecords));

        Assert.Empty(set.Diagnostics("LXA0102"));
    }

    [Fact]
    public void Analyze_NoZoneForTheSipDomain_IsEvidenceMissingWithTheExportCommand()
    {
        using var set = new DumpSetBuilder().LyncOnline().Add("fabrikam.com.zone", Zone("fabrikam.com", OnlineRecords));

        var missing = Assert.Single(set.Diagnostics("LXA0905"), d => d.Message.StartsWith("LXA0102", StringComparison.Ordinal));

        Assert.Contains("no zone for SIP domain contoso.com", missing.Message);
        Assert.Equal("SipDomain:contoso.com", missing.LogicalLocation);
        Assert.StartsWith("Export-DnsServerZone -Name contoso.com -FileName contoso.com.dns (or dnscmd /ZoneExport contoso.com contoso.com.dns)", missing.Properties["fix"]);
        Assert.Empty(set.Diagnostics("LXA0102"));
    }
}
