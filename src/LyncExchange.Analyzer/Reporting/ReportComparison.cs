using System.Collections.Immutable;
using System.Globalization;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>
/// Two reports of the same customer compared by fingerprint (rule + object + value, not line): what was fixed,
/// what is new, and what remains. Suppressed findings count as neither fixed nor new: they were decided on.
/// </summary>
public sealed record ReportComparison(
    ImmutableArray<ReportFinding> Fixed,
    ImmutableArray<ReportFinding> New,
    ImmutableArray<ReportFinding> Remaining)
{
    public static ReportComparison Compare(Report before, Report after)
    {
        var beforeFindings = before.Reported.ToList();
        var afterFindings = after.Reported.ToList();
        var beforePrints = beforeFindings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var afterPrints = afterFindings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        return new ReportComparison(
            [.. beforeFindings.Where(f => !afterPrints.Contains(f.Fingerprint))],
            [.. afterFindings.Where(f => !beforePrints.Contains(f.Fingerprint))],
            [.. afterFindings.Where(f => beforePrints.Contains(f.Fingerprint))]);
    }

    /// <summary>Three sections of Roslyn-format lines, each headed by its count.</summary>
    public void WriteText(TextWriter output)
    {
        Section(output, "Fixed", "in the first dump set, gone from the second", Fixed);
        Section(output, "New", "only in the second dump set", New);
        Section(output, "Remaining", "in both; locations are the second dump set's", Remaining);
    }

    private static void Section(TextWriter output, string title, string meaning, ImmutableArray<ReportFinding> findings)
    {
        output.Write(string.Create(CultureInfo.InvariantCulture, $"{title} ({findings.Length}): {meaning}\n"));
        foreach (var finding in findings)
        {
            output.Write("  ");
            output.Write(TextReportWriter.FormatLine(finding.Diagnostic));
            output.Write('\n');
        }
    }
}
