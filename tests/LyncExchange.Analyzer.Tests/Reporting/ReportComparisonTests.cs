using LyncExchange.Analyzer.Reporting;

namespace LyncExchange.Analyzer.Tests.Reporting;

public sealed class ReportComparisonTests
{
    [Fact]
    public void Compare_BrokenThenFixedDumpSet_ShowsTheFixedFindings()
    {
        using var broken = new ScratchDumpSet();
        broken.Write("Get-OwaVirtualDirectory.txt", SampleDumps.OwaVirtualDirectory("EX01", @"EX01\owa (Default Web Site)") + SampleDumps.OwaVirtualDirectory("EX02", @"EX02\owa (Default Web Site)"));
        broken.WriteLyncPool();
        using var fixedSet = new ScratchDumpSet();
        // Re-collected after the fix on EX01 only, in a different order (the lines move).
        fixedSet.Write("Get-OwaVirtualDirectory.txt", SampleDumps.OwaVirtualDirectory("EX02", @"EX02\owa (Default Web Site)") + SampleDumps.OwaVirtualDirectory("EX01", @"EX01\owa (Default Web Site)", type: "Ocs"));
        fixedSet.WriteLyncPool();

        var comparison = ReportComparison.Compare(ReportFixture.Build(broken.Root), ReportFixture.Build(fixedSet.Root));

        // Evidence and scenario statements (LXA09xx) are the same in both sets; the defects are what changed.
        static bool IsDefect(ReportFinding f) => f.Diagnostic.Descriptor.Category != LyncExchange.Analyzer.Diagnostics.RuleCategory.InputQuality;
        Assert.Contains("EX01", Assert.Single(comparison.Fixed).Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("EX02", Assert.Single(comparison.Remaining, IsDefect).Diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(comparison.New);
    }
}
