using System.Globalization;
using System.Text;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>
/// A short summary to paste into a support ticket: counts, the top findings with their fix, and what to ask the
/// customer to collect next (the LXA0905 findings). Customer text is escaped so a ticket system's Markdown (and
/// the HTML many of them allow) renders it as text.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public const int TopFindings = 10;

    public string FormatName => "md";

    public void Write(Report report, TextWriter output)
    {
        var md = new StringBuilder();
        md.Append("## lxa: ").Append(Escape(report.RootName)).Append('\n').Append('\n');
        md.Append("Scenario: **").Append(Escape(report.Scenario.Scenario)).Append("**")
            .Append(report.Scenario.IsOverridden ? " (set by lxa_scenario)" : " (inferred)");
        if (report.Scenario.Signals.Length > 0)
        {
            md.Append(" from ").Append(Escape(string.Join("; ", report.Scenario.Signals.Select(s => s.Id + " " + s.Description))));
        }

        if (report.Scenario.Conflict is { } conflict)
        {
            md.Append(". Evidence conflicts: ").Append(Escape(conflict));
        }

        md.Append("\n\n");
        md.Append(Escape(report.Tool.Name)).Append(' ').Append(Escape(report.Tool.SemanticVersion)).Append(" · ")
            .Append(Invariant(report.Files.Length)).Append(" file(s) read · **")
            .Append(Invariant(report.Count(DiagnosticSeverity.Error))).Append(" error(s)**, ")
            .Append(Invariant(report.Count(DiagnosticSeverity.Warning))).Append(" warning(s), ")
            .Append(Invariant(report.Count(DiagnosticSeverity.Info))).Append(" info");
        if (report.SuppressedCount > 0)
        {
            md.Append(", ").Append(Invariant(report.SuppressedCount)).Append(" suppressed");
        }

        if (report.BaselinePath is not null)
        {
            md.Append(", ").Append(Invariant(report.Absent.Length)).Append(" fixed since baseline");
        }

        if (report.IsRedacted)
        {
            md.Append(" · identifiers pseudonymised");
        }

        md.Append('\n').Append('\n');

        var collect = report.Reported.Where(f => f.Diagnostic.Id == InputDiagnosticIds.EvidenceMissing).ToList();
        var top = report.Reported
            .Where(f => f.Diagnostic.Id != InputDiagnosticIds.EvidenceMissing && f.Diagnostic.Severity >= DiagnosticSeverity.Info)
            .OrderByDescending(f => f.Diagnostic.Severity)
            .Take(TopFindings)
            .ToList();

        md.Append("### Top findings\n\n");
        if (top.Count == 0)
        {
            md.Append("No findings at info level or above.\n\n");
        }

        var number = 0;
        foreach (var finding in top)
        {
            var d = finding.Diagnostic;
            md.Append(Invariant(++number)).Append(". **").Append(d.Severity.ToName()).Append(' ').Append(d.Id).Append("** ")
                .Append(Escape(d.Message));
            if (!d.Location.IsNone)
            {
                md.Append(" (").Append(Code(Where(d.Location))).Append(')');
            }

            md.Append('\n');
            if (d.Properties.TryGetValue("fix", out var fix))
            {
                md.Append("   Fix (review before running):\n\n");
                AppendFence(md, fix, "powershell", "   ");
            }

            if (d.Descriptor.HelpUri.Length > 0)
            {
                md.Append("   Reference: <").Append(d.Descriptor.HelpUri).Append(">\n");
            }

            md.Append('\n');
        }

        var remaining = report.Reported.Count(f => f.Diagnostic.Id != InputDiagnosticIds.EvidenceMissing && f.Diagnostic.Severity >= DiagnosticSeverity.Info) - top.Count;
        if (remaining > 0)
        {
            md.Append("…and ").Append(Invariant(remaining)).Append(" more in the full report.\n\n");
        }

        md.Append("### What to collect next\n\n");
        if (collect.Count == 0)
        {
            md.Append("Nothing: no rule reported missing evidence.\n");
        }

        foreach (var finding in collect)
        {
            md.Append("- ").Append(Escape(finding.Diagnostic.Message)).Append('\n');
            if (finding.Diagnostic.Properties.TryGetValue("fix", out var command))
            {
                AppendFence(md, command, "powershell", "  ");
            }
        }

        output.Write(md.ToString().TrimEnd('\n'));
        output.Write('\n');
    }

    private static string Where(DumpLocation location) =>
        SourceLineReader.IsWholeFile(location) ? location.Path : location.Path + ":" + Invariant(location.Line);

    private static void AppendFence(StringBuilder md, string code, string language, string indent)
    {
        // A fence longer than any backtick run inside the code cannot be closed by the customer's text.
        var fence = new string('`', Math.Max(3, LongestRun(code, '`') + 1));
        md.Append(indent).Append(fence).Append(language).Append('\n');
        foreach (var line in code.ReplaceLineEndings("\n").Split('\n'))
        {
            md.Append(indent).Append(TextReportWriter.Sanitize(line)).Append('\n');
        }

        md.Append(indent).Append(fence).Append('\n');
    }

    private static string Code(string text)
    {
        var fence = new string('`', LongestRun(text, '`') + 1);
        var padding = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return fence + padding + TextReportWriter.Sanitize(text) + padding + fence;
    }

    /// <summary>Backslash-escapes Markdown punctuation and turns HTML's &lt; &gt; &amp; into entities.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in TextReportWriter.Sanitize(text))
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                // With '[' and ']' escaped no link or image can start, so '(' ')' '!' can stay readable.
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    builder.Append('\\').Append(c);
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, current = 0;
        foreach (var ch in text)
        {
            current = ch == c ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
