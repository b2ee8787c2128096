using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Hybrid;

[Trait("Rule", "LXA0601")]
public sealed class LXA0601NoSharedAddressSpaceHostingProviderTests
{
    [Fact]
    public void Analyze_OnlineUsersWithoutLyncOnlineProvider_ReportsErrorWithTheSignal()
    {
        using var set = new DumpSetBuilder().WithHybridUsers().Add("Get-CsHostingProvider.txt", HybridDumps.ExchangeOnline());

        var diagnostic = Assert.Single(set.Diagnostics("LXA0601"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("1 user(s) homed in Lync Online", diagnostic.Message);
        Assert.Contains(diagnostic.RelatedLocations, r => r.Location.Path == "Get-CsUser.txt");
        Assert.StartsWith("New-CsHostingProvider -Identity LyncOnline -ProxyFqdn \"sipfed.online.lync.com\"", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_LyncOnlineProviderPresent_ReportsNothing()
    {
        using var set = new DumpSetBuilder().WithHybridUsers().Add("Get-CsHostingProvider.txt", HybridDumps.LyncOnline());

        Assert.Empty(set.Diagnostics("LXA0601"));
    }

    [Fact]
    public void Analyze_LyncServerOnly_DoesNotApply()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-CsHostingProvider.txt", HybridDumps.ExchangeOnline());

        Assert.Empty(set.Diagnostics("LXA0601"));
    }
}
