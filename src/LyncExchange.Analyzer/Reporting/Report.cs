using System.Collections.Immutable;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Analysis.Configuration;
using LyncExchange.Analyzer.Analysis.Redaction;
using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>
/// Everything the writers render, decided once by <see cref="ReportBuilder"/> so that every output of a run
/// agrees (same findings, same pseudonyms, same suppressions). Writers only format it. New report sections
/// (the inferred scenario with its evidence, the per-user capability table) are added here as properties and
/// rendered by each writer after the dump-set summary.
/// </summary>
public sealed record Report
{
    public required AnalysisResult Result { get; init; }

    public required ToolInfo Tool { get; init; }

    /// <summary>The name of the analysed folder (not its absolute path: that is the engineer's machine, and not deterministic).</summary>
    public required string RootName { get; init; }

    /// <summary>The files read, with paths redacted when the run redacts.</summary>
    public required ImmutableArray<AnalyzedFile> Files { get; init; }

    /// <summary>All findings in (path, line, column, id) order, suppressed ones included.</summary>
    public required ImmutableArray<ReportFinding> Findings { get; init; }

    /// <summary>Findings of the baseline that this run no longer has (fixed, or their object is gone).</summary>
    public ImmutableArray<BaselineFinding> Absent { get; init; } = [];

    /// <summary>Per Lync user: what each KB feature should do and whether it does (RULES.md §D.3).</summary>
    public Analysis.Support.SupportReport Support => SupportSource.Value;

    /// <summary>Builds <see cref="Support"/> on first use: only some formats show it, and it walks every user.</summary>
    public required Lazy<Analysis.Support.SupportReport> SupportSource { get; init; }

    /// <summary>The scenario the rules ran under, with its signals (RULES.md §C).</summary>
    public required ReportScenario Scenario { get; init; }

    public ImmutableArray<ConfigurationSetting> Configuration { get; init; } = [];

    public ImmutableArray<string> ConfigurationSources { get; init; } = [];

    public string? BaselinePath { get; init; }

    public bool IsRedacted => Redactor is not null;

    /// <summary>The redactor of this run, so the key map can be written to the file the engineer keeps.</summary>
    public Redactor? Redactor { get; init; }

    /// <summary>What the text output and the exit code count: findings not suppressed.</summary>
    public IEnumerable<ReportFinding> Reported => Findings.Where(f => !f.IsSuppressed);

    public int Count(DiagnosticSeverity severity) => Reported.Count(f => f.Diagnostic.Severity == severity);

    public int SuppressedCount => Findings.Count(f => f.IsSuppressed);

    public bool HasAtLeast(DiagnosticSeverity severity) =>
        severity != DiagnosticSeverity.None && Reported.Any(f => f.Diagnostic.Severity >= severity);
}
