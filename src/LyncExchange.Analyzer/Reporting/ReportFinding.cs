using System.Collections.Immutable;
using LyncExchange.Analyzer.Analysis.Configuration;
using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>
/// A diagnostic as every writer shows it: already redacted when the run redacts, with its quoted evidence,
/// its fingerprint, and what the case files and the baseline say about it.
/// </summary>
public sealed record ReportFinding(
    Diagnostic Diagnostic,
    string Fingerprint,
    string ValueHash,
    SourceSnippet? Snippet,
    ImmutableArray<SourceSnippet?> RelatedSnippets,
    Suppression? Suppression,
    BaselineState? BaselineState)
{
    public bool IsSuppressed => Suppression is not null;
}
