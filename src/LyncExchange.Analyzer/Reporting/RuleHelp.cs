using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>A rule's offline help from its embedded doc page (code-scanning UIs ignore <c>helpUri</c>).</summary>
internal static class RuleHelp
{
    public static string Markdown(RuleDescriptor descriptor) =>
        RuleDocumentation.Get(descriptor.Id)?.TrimEnd('\n')
        ?? $"# {descriptor.Id}: {descriptor.Title}\n\n{descriptor.Title}." + (descriptor.HelpUri.Length > 0 ? $"\n\nSee {descriptor.HelpUri}." : string.Empty);

    /// <summary>The first paragraph after the page's title: what the rule finds, in a sentence or two.</summary>
    public static string FullDescription(RuleDescriptor descriptor)
    {
        var page = RuleDocumentation.Get(descriptor.Id);
        if (page is null)
        {
            return descriptor.Title + ".";
        }

        foreach (var paragraph in page.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (paragraph.StartsWith('#') || paragraph.StartsWith('|') || paragraph.StartsWith('*') || paragraph.StartsWith('-') || paragraph.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            return paragraph.ReplaceLineEndings(" ");
        }

        return descriptor.Title + ".";
    }

    /// <summary>SARIF precision: rules tagged "heuristic" decide on incomplete evidence; the others on exact values.</summary>
    public static string Precision(RuleDescriptor descriptor) =>
        descriptor.Tags.Contains("heuristic", StringComparer.OrdinalIgnoreCase) ? "medium" : "high";

    public static string Name(RuleDescriptor descriptor)
    {
        var builder = new System.Text.StringBuilder();
        var upper = true;
        foreach (var c in descriptor.Title)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return builder.Length == 0 ? descriptor.Id : builder.ToString();
    }
}
