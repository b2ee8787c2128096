using System.Collections.Immutable;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Analysis.Configuration;

/// <summary>
/// A Roslyn <c>.globalconfig</c>-style file: <c>key = value</c> lines, <c>#</c>/<c>;</c> comments, an optional
/// <c>is_global = true</c>. Path sections (<c>[*.cs]</c>) have no meaning for dumps and are reported, not guessed at.
/// </summary>
public sealed record GlobalConfigFile(string Path, ImmutableArray<GlobalConfigEntry> Entries, ImmutableArray<Diagnostic> Problems)
{
    public static GlobalConfigFile Parse(string path, string text)
    {
        var entries = ImmutableArray.CreateBuilder<GlobalConfigEntry>();
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        var lineNumber = 0;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimStart('\uFEFF');
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';')
            {
                continue;
            }

            var indent = line.Length - line.TrimStart().Length;
            if (trimmed[0] == '[')
            {
                problems.Add(ConfigurationProblem.Create(
                    DumpLocation.OnLine(path, lineNumber, indent + 1, trimmed.Length),
                    $"section '{trimmed}' is not supported: lxa reads global configuration only (no path sections); the settings below it are still applied to the whole dump set."));
                continue;
            }

            var equals = trimmed.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problems.Add(ConfigurationProblem.Create(
                    DumpLocation.OnLine(path, lineNumber, indent + 1, trimmed.Length),
                    $"expected 'key = value', found '{trimmed}'; the line is ignored."));
                continue;
            }

            var key = trimmed[..equals].Trim();
            var value = StripTrailingComment(trimmed[(equals + 1)..]).Trim();
            var location = DumpLocation.OnLine(path, lineNumber, indent + 1, trimmed.Length);
            entries.Add(new GlobalConfigEntry(key, value, location));
        }

        return new GlobalConfigFile(path, entries.ToImmutable(), problems.ToImmutable());
    }

    // Roslyn's editorconfig parser treats ' #' and ' ;' after a value as the start of a comment.
    private static string StripTrailingComment(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] is '#' or ';' && char.IsWhiteSpace(value[i - 1]))
            {
                return value[..i];
            }
        }

        return value;
    }
}

/// <summary>One <c>key = value</c> line of a global config file.</summary>
public sealed record GlobalConfigEntry(string Key, string Value, DumpLocation Location);
