using System.Reflection;

namespace LyncExchange.Analyzer.Rules;

/// <summary>The rule doc pages embedded in the engine, so <c>lxa explain</c> works on an air-gapped machine.</summary>
public static class RuleDocumentation
{
    private const string Prefix = "LyncExchange.Analyzer.Rules.Docs.";

    public static string? Get(string id)
    {
        using var stream = typeof(RuleDocumentation).Assembly.GetManifestResourceStream(Prefix + id.ToUpperInvariant() + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public static IEnumerable<string> DocumentedIds =>
        typeof(RuleDocumentation).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^3])
            .Order(StringComparer.Ordinal);

    public static string? ReleaseLedger(string name)
    {
        using var stream = typeof(RuleDocumentation).Assembly.GetManifestResourceStream("LyncExchange.Analyzer.Rules." + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Assembly EngineAssembly => typeof(RuleDocumentation).Assembly;
}
