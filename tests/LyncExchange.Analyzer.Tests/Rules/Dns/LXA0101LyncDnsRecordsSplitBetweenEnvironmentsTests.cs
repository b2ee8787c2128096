using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;
using static LyncExchange.Analyzer.Tests.Rules.Dns.DnsDumps;

namespace LyncExchange.Analyzer.Tests.Rules.Dns;

[Trait("Rule", "LXA0101")]
public sealed class LXA0101LyncDnsRecordsSplitBetweenEnvironmentsTests
{
    [Fact]
    public void Analyze_FederationRecordOnlineOthersOnPrem_ReportsTheFederationRecord()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("dns/contoso.com.zone", Zone("contoso.com",
            "_sip._tls              IN SRV 0 0 443 sip",
            "_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.",
            "sip                    IN A     131.107.1.10",
            "lyncdiscover           IN CNAME proxy",
            "proxy                  IN A     131.107.1.20"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0101"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(("dns/contoso.com.zone", FirstRecordLine + 1), (diagnostic.Location.Path, diagnostic.Location.Line));
        Assert.Equal("DnsRecord:_sipfederationtls._tcp.contoso.com SRV", diagnostic.LogicalLocation);
        Assert.Equal(
            "DNS for SIP domain 'contoso.com' is split: _sipfederationtls._tcp.contoso.com (SRV) point to Lync Online but _sip._tls.contoso.com (SRV), sip.contoso.com (A), lyncdiscover.contoso.com (CNAME) point on-premises; all Lync federation and discovery records must point to one place.",
            diagnostic.Message);
        Assert.Equal(
            "Remove-DnsServerResourceRecord -ZoneName contoso.com -RRType Srv -Name _sipfederationtls._tcp -Force; Add-DnsServerResourceRecord -ZoneName contoso.com -Srv -Name _sipfederationtls._tcp -DomainName sip.contoso.com -Priority 0 -Weight 0 -Port 5061",
            diagnostic.Properties["fix"]);
        Assert.Contains(diagnostic.RelatedLocations, r => r.Location.Path == "Get-CsSipDomain.txt");
        Assert.Contains(diagnostic.RelatedLocations, r => r.Location.Path == "dns/contoso.com.zone" && r.Location.Line == FirstRecordLine);
    }

    [Fact]
    public void Analyze_AllRecordsOnPrem_ReportsNothing()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("dns/contoso.com.zone", Zone("contoso.com", OnPremRecords));

        Assert.Empty(set.Diagnostics("LXA0101"));
    }

    [Fact]
    public void Analyze_AllRecordsOnline_ReportsNothing()
    {
        using var set = new DumpSetBuilder().LyncOnline().Add("dns/contoso.com.zone", Zone("contoso.com", OnlineRecords));

        Assert.Empty(set.Diagnostics("LXA0101"));
    }

    [Fact]
    public void Analyze_OneOnPremRecordAmongOnline_ReportsItWithTheOnlineValueAsFix()
    {
        using var set = new DumpSetBuilder().LyncOnline().Add("dns/contoso.com.zone", Zone("contoso.com",
            "_sip._tls              IN SRV 100 1 443 sipdir.online.lync.com.",
            "_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.",
            "sip                    IN A     131.107.1.10",
            "lyncdiscover           IN CNAME webdir.online.lync.com."));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0101"));

        Assert.Equal("DnsRecord:sip.contoso.com A", diagnostic.LogicalLocation);
        Assert.Equal(
            "Remove-DnsServerResourceRecord -ZoneName contoso.com -RRType A -Name sip -Force; Add-DnsServerResourceRecord -ZoneName contoso.com -CName -Name sip -HostNameAlias sipdir.online.lync.com -TimeToLive 01:00:00",
            diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_TieInServerDeployment_ReportsTheOnlineRecords()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("dns/contoso.com.zone", Zone("contoso.com",
            "_sip._tls              IN SRV 0 0 443 sip",
            "_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.",
            "sip                    IN A     131.107.1.10",
            "lyncdiscover           IN CNAME webdir.online.lync.com."));

        var reported = set.Diagnostics("LXA0101").Select(d => d.LogicalLocation).ToList();

        Assert.Equal(["DnsRecord:_sipfederationtls._tcp.contoso.com SRV", "DnsRecord:lyncdiscover.contoso.com CNAME"], reported);
    }

    [Fact]
    public void Analyze_InternalSetSplit_IsJudgedApartFromTheConsistentExternalSet()
    {
        using var set = new DumpSetBuilder().LyncServer()
            .Add("dns/external/contoso.com.zone", Zone("contoso.com", OnPremRecords))
            .Add("dns/internal/contoso.com.zone", Zone("contoso.com",
                "_sipinternaltls._tcp   IN SRV 0 0 5061 pool01",
                "sipinternal            IN CNAME pool01",
                "lyncdiscoverinternal   IN CNAME webdir.online.lync.com.",
                "pool01                 IN A     10.0.1.10"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0101"));

        Assert.Equal("dns/internal/contoso.com.zone", diagnostic.Location.Path);
        Assert.Equal("DnsRecord:lyncdiscoverinternal.contoso.com CNAME", diagnostic.LogicalLocation);
        Assert.Equal("internal", diagnostic.Properties["view"]);
    }

    [Fact]
    public void Analyze_RecordsOfTwoSipDomains_AreNotComparedWithEachOther()
    {
        using var set = new DumpSetBuilder().LyncServer()
            .Add("Get-CsSipDomain.txt", FormatListText.Objects(SipDomain("contoso.com"), SipDomain("fabrikam.com")))
            .Add("dns/contoso.com.zone", Zone("contoso.com", OnPremRecords))
            .Add("dns/fabrikam.com.zone", Zone("fabrikam.com", OnlineRecords));

        Assert.Empty(set.Diagnostics("LXA0101"));
    }

    [Fact]
    public void Analyze_SplitBrainFixture_ReportsTheOnlineHalfOfTheExternalCopyOnly()
    {
        using var set = new DumpSetBuilder().LyncServer("fabrikam.com");
        foreach (var file in new[] { "external/fabrikam.com.zone", "external/fabrikam-hosting.net.zone", "internal/fabrikam.com.dns" })
        {
            set.Add("dns/" + file, File.ReadAllBytes(Repository.Fixture("dns", "split-brain", file)));
        }

        var diagnostics = set.Diagnostics("LXA0101");

        // 2 Online (_sipfederationtls, lyncdiscover through the hosting zone) against 2 OnPrem: the tie goes against Online in a Lync Server deployment.
        Assert.Equal(["DnsRecord:_sipfederationtls._tcp.fabrikam.com SRV", "DnsRecord:lyncdiscover.fabrikam.com CNAME"], diagnostics.Select(d => d.LogicalLocation));
        Assert.All(diagnostics, d => Assert.Equal("dns/external/fabrikam.com.zone", d.Location.Path));
        Assert.Contains("webdir.online.lync.com", diagnostics[1].Properties["actual"]);
    }

    [Fact]
    public void Analyze_NoLyncEvidence_DoesNotJudgeZones()
    {
        using var set = new DumpSetBuilder().Add("dns/contoso.com.zone", Zone("contoso.com",
            "_sip._tls              IN SRV 0 0 443 sip",
            "_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.",
            "sip                    IN A     131.107.1.10"));

        Assert.Empty(set.Diagnostics("LXA0101"));
    }
}
