using System.Reflection;

namespace LyncExchange.Analyzer.Tests.Infrastructure;

/// <summary>Paths of the repository the tests run from (injected at build time, as Verify does).</summary>
public static class Repository
{
    public static string Root { get; } =
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string Fixtures => Path.Combine(Root, "fixtures");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    /// <summary>The shared/ folder beside the checkout (real-world exports, SARIF schema), when present.</summary>
    public static string? Shared
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }
}
