using System.Reflection;
using System.Runtime.CompilerServices;

namespace LyncExchange.Analyzer.Generators.Tests;

/// <summary>Every generated-code snapshot in this folder belongs to a test method of this project.</summary>
public sealed class SnapshotConventionTests
{
    [Fact]
    public void EverySnapshot_IsProducedByATestMethod()
    {
        var methods = typeof(SnapshotConventionTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttributes().Any(a => a is FactAttribute)).Select(m => t.Name + "." + m.Name))
            .ToHashSet(StringComparer.Ordinal);

        var dangling = Directory.EnumerateFiles(ThisFolder(), "*.verified.*")
            .Select(Path.GetFileName)
            .Select(name => name![..name!.IndexOf(".verified.", StringComparison.Ordinal)])
            .Where(stem => !methods.Contains(stem))
            .ToList();

        Assert.Empty(dangling);
    }

    private static string ThisFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
