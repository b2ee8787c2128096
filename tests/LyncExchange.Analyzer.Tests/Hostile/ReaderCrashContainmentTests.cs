using System.Reflection;
using LyncExchange.Analyzer.Cli;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Hostile;

/// <summary>Swaps a registered reader for a broken one, so no other test may read that format meanwhile.</summary>
[CollectionDefinition(nameof(ReaderSwapCollection), DisableParallelization = true)]
public sealed class ReaderSwapCollection;

/// <summary>
/// Issue 10, a bug that escapes a reader is caught per file: reported as an internal error for that file, the other
/// files still analysed, and exit code 3 only when nothing at all could be analysed.
/// </summary>
[Collection(nameof(ReaderSwapCollection))]
public sealed class ReaderCrashContainmentTests
{
    /// <summary>A reader with a bug: yields one object, then dies the way a bug would (not with an input exception).</summary>
    private sealed class BuggyJsonReader : IDumpReader
    {
        public DumpFormat Format => DumpFormat.Json;

        public IEnumerable<DumpObject> Read(DumpEntry entry, ReaderContext context)
        {
            yield return new DumpObject { SourcePath = entry.RelativePath, Location = Text.DumpLocation.WholeFile(entry.RelativePath) };
            throw new IndexOutOfRangeException("simulated reader bug");
        }
    }

    private static T WithBuggyJsonReader<T>(Func<T> run)
    {
        var readers = (Dictionary<DumpFormat, IDumpReader>)typeof(ReaderRegistry).GetField("Readers", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var original = readers[DumpFormat.Json];
        readers[DumpFormat.Json] = new BuggyJsonReader();
        try
        {
            return run();
        }
        finally
        {
            readers[DumpFormat.Json] = original;
        }
    }

    [Fact]
    public void Analyze_ReaderBugInOneFile_IsReportedForThatFileAndTheOthersAreAnalysed()
    {
        using var dump = new HostileCase();
        dump.Write("Get-OwaVirtualDirectory.json", File.ReadAllText(FixtureFiles.PowerShell("json", "Get-OwaVirtualDirectory.json")));
        dump.Write("Get-CsPool.txt", LyncEvidence.Pool());

        var (result, run) = WithBuggyJsonReader(() => (dump.Analyze(), dump.RunCli()));

        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains("internal error", StringComparison.Ordinal));
        Assert.Equal("Get-OwaVirtualDirectory.json", error.Location.Path);
        Assert.Contains("simulated reader bug", error.Message, StringComparison.Ordinal);
        Assert.True(result.Files.Single(f => f.Path == "Get-OwaVirtualDirectory.json").ReaderFailed);
        Assert.Equal(1, result.Files.Single(f => f.Path == "Get-CsPool.txt").ObjectCount);
        Assert.NotEqual(ExitCodes.UnexpectedFailure, run.Exit);
    }

    [Fact]
    public void Analyze_ReaderBugInEveryFile_ExitsThree()
    {
        using var dump = new HostileCase();
        dump.Write("Get-OwaVirtualDirectory.json", "[]");
        dump.Write("EX02/Get-OwaVirtualDirectory.json", "[]");
        dump.Write("noise.bin", [0x00, 0x01]);

        var run = WithBuggyJsonReader(() => dump.RunCli());

        Assert.Equal(ExitCodes.UnexpectedFailure, run.Exit);
        Assert.Contains("internal error", run.Stderr, StringComparison.Ordinal);
    }
}
