using LyncExchange.Analyzer.Cli;
using LyncExchange.Analyzer.Tests.Reporting;

namespace LyncExchange.Analyzer.Tests.Cli;

public sealed class CompareCommandTests
{
    [Fact]
    public void Compare_FixtureThenFixedCopy_ListsTheFixedFindingsAndExitsZero()
    {
        using var before = new ScratchDumpSet("before");
        before.CopyFrom(ReportFixture.OwaImMisconfigured);
        using var after = new ScratchDumpSet("after");
        after.CopyFrom(ReportFixture.OwaImMisconfigured);
        // The customer fixed EX01's OWA virtual directory in the PowerShell 7 dump (UTF-8).
        var vdir = Path.Combine(after.Root, "ps7", "Get-OwaVirtualDirectory.txt");
        var lines = File.ReadAllLines(vdir);
        var index = Array.FindIndex(lines, l => l.StartsWith("InstantMessagingType ", StringComparison.Ordinal));
        lines[index] = lines[index].Replace(": None", ": Ocs", StringComparison.Ordinal);
        File.WriteAllLines(vdir, lines);

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApplication.Run(["compare", before.Root, after.Root], stdout, stderr);

        Assert.Equal(ExitCodes.Clean, exit);
        var text = stdout.ToString();
        Assert.StartsWith("Fixed (1): in the first dump set, gone from the second\n  ps7/Get-OwaVirtualDirectory.txt(121,55): error LXA0301: ", text, StringComparison.Ordinal);
        Assert.Contains("New (0): ", text, StringComparison.Ordinal);
        Assert.Matches(@"Remaining \(\d+\): ", text);
        Assert.Equal(3, text.Split('\n').Count(l => l.StartsWith("  ", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(l, @": error LXA030[12]: ")) - 1);
    }

    [Fact]
    public void Compare_MissingDumpSet_ExitsTwo()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(ExitCodes.InputError, CliApplication.Run(["compare", ReportFixture.OwaImMisconfigured, "/nonexistent/dumps"], stdout, stderr));
    }
}
