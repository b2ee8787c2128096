using System.Reflection;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Conventions;

/// <summary>Verify's dangling-snapshot check: every committed snapshot belongs to a test, and no received file is committed.</summary>
public sealed class SnapshotConventionTests
{
    [Fact]
    public void EverySnapshot_IsProducedByATestMethod()
    {
        var methods = typeof(SnapshotConventionTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttributes().Any(a => a is FactAttribute)).Select(m => t.Name + "." + m.Name))
            .ToHashSet(StringComparer.Ordinal);

        var dangling = Directory.EnumerateFiles(Path.Combine(Repository.Root, "tests", "LyncExchange.Analyzer.Tests"), "*.verified.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .Select(name => name![..name!.IndexOf(".verified.", StringComparison.Ordinal)])
            .Where(stem => !methods.Any(m => stem == m || stem.StartsWith(m + "_", StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(dangling);
    }

    [Fact]
    public void NoReceivedSnapshot_IsCommitted()
    {
        var tracked = GitTrackedFiles();
        Assert.DoesNotContain(tracked, f => f.Contains(".received.", StringComparison.Ordinal));
    }

    private static List<string> GitTrackedFiles()
    {
        var start = new System.Diagnostics.ProcessStartInfo("git", "ls-files")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
