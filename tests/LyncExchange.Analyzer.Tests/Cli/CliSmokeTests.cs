using LyncExchange.Analyzer.Cli;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Cli;

/// <summary>The CLI in-process: argument mapping, output and exit codes (DESIGN §3).</summary>
public sealed class CliSmokeTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApplication.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Analyze_Sample_PrintsRoslynLinesWithKbLinksAndExitsOne()
    {
        var (exit, output, _) = Run("analyze", Repository.Fixture("samples", "owa-im-misconfigured", "ps51"));

        Assert.Equal(1, exit);
        Assert.Matches(@"^Get-OwaVirtualDirectory\.txt\(\d+,\d+\): error LXA0301: .* \[https://", output.Split('\n').First(l => l.Contains("LXA0301", StringComparison.Ordinal)));
    }

    [Fact]
    public void Analyze_FailOnNone_ExitsZero()
    {
        var (exit, _, _) = Run("analyze", Repository.Fixture("samples", "owa-im-misconfigured", "ps7"), "--fail-on", "none");

        Assert.Equal(0, exit);
    }

    [Fact]
    public void Analyze_MissingPath_ExitsTwo()
    {
        var (exit, _, error) = Run("analyze", "/nonexistent/dump");

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error);
    }

    [Fact]
    public void Analyze_UnknownOption_IsAUsageErrorWithExitTwo()
    {
        Assert.Equal(2, Run("analyze", "--bogus").Exit);
    }

    [Fact]
    public void Analyze_NothingReadable_ExitsTwo()
    {
        using var set = new DumpSetBuilder().Add("readme.log", "Connecting to DC01\nDone\n");

        Assert.Equal(2, Run("analyze", set.Root).Exit);
    }

    [Fact]
    public void Rules_ListsEveryRuleOfTheCatalog()
    {
        var (exit, output, _) = Run("rules");

        Assert.Equal(0, exit);
        Assert.All(LyncExchange.Analyzer.Rules.RuleCatalog.Descriptors, d => Assert.Contains(d.Id, output));
    }

    [Fact]
    public void Explain_KnownRule_PrintsItsDocPage()
    {
        var (exit, output, _) = Run("explain", "lxa0301");

        Assert.Equal(0, exit);
        Assert.StartsWith("# LXA0301: OWA virtual directory not set up for Lync IM", output);
    }

    [Fact]
    public void Explain_UnknownRule_ExitsTwo()
    {
        Assert.Equal(2, Run("explain", "LXA9999").Exit);
    }
}
