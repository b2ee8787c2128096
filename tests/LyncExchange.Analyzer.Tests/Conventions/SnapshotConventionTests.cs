using System.Reflection;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Conventions;

/// <summary>Verify's dangling-snapshot check: every committed snapshot belongs to a test, and no received file is committed.</summary>
public sealed class SnapshotConventionTests
{
    [Fact]
    public void EverySnapshot_IsProducedByATestMethod()
    {
        // Approvals names a snapshot {SourceFile}.{Method}[_{parameters}]: the source file must sit beside it and
        // some test method must carry that name (a file may hold several small test classes).
        var methods = typeof(SnapshotConventionTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttributes().Any(a => a is FactAttribute)).Select(m => m.Name))
            .ToHashSet(StringComparer.Ordinal);

        var dangling = Directory.EnumerateFiles(Path.Combine(Repository.Root, "tests", "LyncExchange.Analyzer.Tests"), "*.verified.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f =>
            {
                var name = Path.GetFileName(f);
                var stem = name[..name.IndexOf(".verified.", StringComparison.Ordinal)];
                var dot = stem.IndexOf('.');
                if (dot < 0 || !File.Exists(Path.Combine(Path.GetDirectoryName(f)!, stem[..dot] + ".cs")))
                {
                    return true;
                }

                var member = stem[(dot + 1)..];
                return !methods.Any(m => member == m || member.StartsWith(m + "_", StringComparison.Ordinal));
            })
            .Select(f => Path.GetRelativePath(Repository.Root, f))
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
