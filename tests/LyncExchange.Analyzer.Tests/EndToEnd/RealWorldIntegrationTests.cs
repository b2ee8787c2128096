using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.EndToEnd;

/// <summary>
/// RULES.md decision 1 on the real exports no one here wrote: Exchange data alone (an Exchange 2019 server with the
/// default IM settings, no Lync anywhere) is not a defect; integration rules say "not evaluated", never "error".
/// </summary>
public sealed class RealWorldIntegrationTests
{
    [Fact]
    public void RealWorldExports_GiveNoIntegrationErrorOrWarning()
    {
        if (Repository.Shared is not { } shared)
        {
            return; // shared/ is laid beside the checkout in CI and in sessions; a bare clone elsewhere has nothing to read.
        }

        var result = AnalysisEngine.Run(new AnalysisOptions { Paths = [Path.Combine(shared, "realworld")] });

        var integration = result.Diagnostics.Where(d => d.Descriptor.Category != RuleCategory.InputQuality).ToList();
        Assert.Empty(integration);
        Assert.Contains(result.Diagnostics, d => d.Id == "LXA0905" && d.Properties.TryGetValue("rules", out var rules) && rules.Contains("LXA0301", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "LXA0904");
        // The folder mixes three labs (solo.com, solo.local, solo.net): LXA0906 says so; everything else is LXA0907.
        Assert.All(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning), d => Assert.Contains(d.Id, new[] { "LXA0906", "LXA0907" }));
    }
}
