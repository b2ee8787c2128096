using System.Globalization;
using System.Text;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>
/// Roslyn/MSBuild's line format, <c>path(line,col): error LXA0301: message [help-url]</c>, one finding per line
/// in (path, line, column, id) order, so editors, CI logs and <c>grep</c> all understand it.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    public string FormatName => "text";

    /// <summary>Off by default, so the output stays pure diagnostic lines for tools that parse it.</summary>
    public bool IncludeSummary { get; init; }

    public void Write(AnalysisResult result, TextWriter output)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            output.Write(FormatLine(diagnostic));
            output.Write('\n');
        }
    }

    /// <summary>The report's findings without the suppressed ones (those stay visible in SARIF, HTML and JSON).</summary>
    public void Write(Report report, TextWriter output)
    {
        foreach (var finding in report.Reported)
        {
            output.Write(FormatLine(finding.Diagnostic));
            output.Write('\n');
        }

        if (IncludeSummary)
        {
            output.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{report.Count(DiagnosticSeverity.Error)} error(s), {report.Count(DiagnosticSeverity.Warning)} warning(s), {report.Count(DiagnosticSeverity.Info)} info, {report.SuppressedCount} suppressed; {report.Files.Length} file(s) read.\n"));
        }
    }

    public static string FormatLine(Diagnostic diagnostic)
    {
        var builder = new StringBuilder();
        var location = diagnostic.Location;
        if (!location.IsNone)
        {
            builder.Append(Sanitize(location.Path))
                .Append('(')
                .Append(location.Line.ToString(CultureInfo.InvariantCulture))
                .Append(',')
                .Append(location.Column.ToString(CultureInfo.InvariantCulture))
                .Append("): ");
        }

        builder.Append(diagnostic.Severity.ToName())
            .Append(' ')
            .Append(diagnostic.Id)
            .Append(": ")
            .Append(Sanitize(diagnostic.Message));
        if (diagnostic.Descriptor.HelpUri.Length > 0)
        {
            builder.Append(" [").Append(diagnostic.Descriptor.HelpUri).Append(']');
        }

        return builder.ToString();
    }

    /// <summary>Customer text must not reach the engineer's terminal raw: control characters (ANSI escapes) become visible escapes.</summary>
    public static string Sanitize(string text)
    {
        var needs = false;
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                builder.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                });
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
