using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Hybrid;

[Trait("Rule", "LXA0602")]
public sealed class LXA0602LyncOnlineHostingProviderMisconfiguredTests
{
    [Fact]
    public void Analyze_HostsOcsUsersFalse_ReportsErrorAtTheValue()
    {
        using var set = new DumpSetBuilder().WithHybridUsers().Add("Get-CsHostingProvider.txt", HybridDumps.LyncOnline(hosts: "False"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0602"));

        Assert.Equal((DiagnosticSeverity.Error, 8), (diagnostic.Severity, diagnostic.Location.Line));
        Assert.Equal("Hosting provider 'LyncOnline' has HostsOCSUsers=False; Lync hybrid requires True.", diagnostic.Message);
        Assert.StartsWith("Set-CsHostingProvider -Identity 'LyncOnline' -Enabled $true -EnabledSharedAddressSpace $true", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_WrongAutodiscoverUrl_IsWarning()
    {
        using var set = new DumpSetBuilder().WithHybridUsers().Add("Get-CsHostingProvider.txt", HybridDumps.LyncOnline(autodiscover: "https://webdir.contoso.com/Autodiscover/AutodiscoverService.svc/root"));

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(set.Diagnostics("LXA0602")).Severity);
    }

    [Fact]
    public void Analyze_ProviderAsDocumented_ReportsNothing()
    {
        using var set = new DumpSetBuilder().WithHybridUsers().Add("Get-CsHostingProvider.txt", HybridDumps.LyncOnline());

        Assert.Empty(set.Diagnostics("LXA0602"));
    }

    [Fact]
    public void Analyze_SeveralWrongValues_ReportsEach()
    {
        using var set = new DumpSetBuilder().WithHybridUsers().Add("Get-CsHostingProvider.txt", HybridDumps.LyncOnline(enabled: "False", shared: "False"));

        Assert.Equal(2, set.Diagnostics("LXA0602").Length);
    }
}
