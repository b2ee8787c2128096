using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;
using static LyncExchange.Analyzer.Tests.Rules.Dns.DnsDumps;

namespace LyncExchange.Analyzer.Tests.Rules.Dns;

[Trait("Rule", "LXA0105")]
public sealed class LXA0105LyncSrvRecordMalformedTests
{
    [Fact]
    public void Analyze_WellFormedSrvRecords_ReportNothing()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com", [.. OnPremRecords, "_sipinternaltls._tcp IN SRV 0 0 5061 sip"]));

        Assert.Empty(set.Diagnostics("LXA0105"));
    }

    [Fact]
    public void Analyze_OnlineSrvRecords_ReportNothing()
    {
        using var set = new DumpSetBuilder().LyncOnline().Add("contoso.com.zone", Zone("contoso.com", OnlineRecords));

        Assert.Empty(set.Diagnostics("LXA0105"));
    }

    [Theory]
    [InlineData("_sipfederationtls._tcp IN SRV 0 0 5062 sip", "_sipfederationtls._tcp.contoso.com", "5062", "expects 5061")]
    [InlineData("_sipinternaltls._tcp IN SRV 0 0 443 sip", "_sipinternaltls._tcp.contoso.com", "443", "expects 5061")]
    [InlineData("_sip._tls IN SRV 0 0 4443 sip", "_sip._tls.contoso.com", "4443", "an Access Edge may listen on another port")]
    public void Analyze_UnexpectedPort_IsAWarningAtTheRecord(string record, string name, string port, string words)
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com", record, "sip IN A 131.107.1.10"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0105"));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(FirstRecordLine, diagnostic.Location.Line);
        Assert.StartsWith($"SRV {name} uses port {port};", diagnostic.Message);
        Assert.Contains(words, diagnostic.Message);
        Assert.EndsWith($"(target 'sip.contoso.com', port {port}).", diagnostic.Message);
    }

    [Fact]
    public void Analyze_TargetIsACname_PointsTheFixAtTheCanonicalName()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com",
            "_sipfederationtls._tcp IN SRV 0 0 5061 sip",
            "sip                    IN CNAME edge01",
            "edge01                 IN A 131.107.1.10"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0105"));

        Assert.Contains("points at an alias: sip.contoso.com is a CNAME to edge01.contoso.com", diagnostic.Message);
        Assert.EndsWith("-Srv -Name _sipfederationtls._tcp -DomainName edge01.contoso.com -Priority 0 -Weight 0 -Port 5061", diagnostic.Properties["fix"]);
        Assert.Equal(FirstRecordLine + 1, Assert.Single(diagnostic.RelatedLocations).Location.Line);
    }

    [Fact]
    public void Analyze_TargetWithoutAddress_IsReported()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com", "_sip._tls IN SRV 0 0 443 edge99"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0105"));

        Assert.Equal("SRV _sip._tls.contoso.com points at edge99.contoso.com, which has no A/AAAA record in zone contoso.com (target 'edge99.contoso.com', port 443).", diagnostic.Message);
    }

    [Fact]
    public void Analyze_OnlineTargetWithoutTrailingDot_FixRestoresTheDot()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com", "_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0105"));

        Assert.Contains("'sipfed.online.lync.com' was written without its trailing dot", diagnostic.Message);
        Assert.EndsWith("-DomainName sipfed.online.lync.com -Priority 100 -Weight 1 -Port 5061", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_ServiceNotAvailableTarget_IsNotMalformed()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com", "_sipfederationtls._tcp IN SRV 0 0 0 ."));

        Assert.Empty(set.Diagnostics("LXA0105"));
    }
}
