using System.Collections.Immutable;
using System.Globalization;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;

namespace LyncExchange.Analyzer.Analysis;

/// <summary>Everything one analysis run depends on; the CLI maps its arguments to this and makes one call.</summary>
public sealed record AnalysisOptions
{
    public required ImmutableArray<string> Paths { get; init; }

    /// <summary>The culture the customer's shell formatted dates and numbers in.</summary>
    public CultureInfo SourceCulture { get; init; } = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Per-rule severity overrides (<c>dotnet_diagnostic.LXA0301.severity</c>).</summary>
    public ImmutableDictionary<string, DiagnosticSeverity> SeverityOverrides { get; init; } =
        ImmutableDictionary<string, DiagnosticSeverity>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per-category overrides (<c>dotnet_analyzer_diagnostic.category-Dns.severity</c>); a per-rule override wins.</summary>
    public ImmutableDictionary<RuleCategory, DiagnosticSeverity> CategoryOverrides { get; init; } =
        ImmutableDictionary<RuleCategory, DiagnosticSeverity>.Empty;

    /// <summary>The scenario forced by <c>lxa_scenario</c> (LyncServerOnly, LyncOnlineOnly, Hybrid); null means infer it.</summary>
    public string? Scenario { get; init; }

    /// <summary>
    /// Dump-set-relative paths of the engineer's case files found beside the dumps (<c>lxa.globalconfig</c>,
    /// <c>lxa.suppressions.json</c>); they configure the run and are not analysed as customer dumps.
    /// </summary>
    public ImmutableHashSet<string> CaseFiles { get; init; } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase);

    /// <summary>Told before each file is read (bytes read so far of the total); the CLI draws its progress bar from it.</summary>
    public IProgress<AnalysisProgress>? Progress { get; init; }

    /// <summary>Only these rules run when not empty (<c>--rule</c>).</summary>
    public ImmutableHashSet<string> OnlyRules { get; init; } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase);

    public ImmutableHashSet<string> ExcludedRules { get; init; } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase);

    public DumpSetLimits DumpSetLimits { get; init; } = DumpSetLimits.Default;

    public ReaderLimits ReaderLimits { get; init; } = ReaderLimits.Default;

    /// <summary>How many files are read, and rules run, at once (<c>--parallel</c>); 1 runs serially. The result is the same either way.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>When set, the engine records per-file and per-rule timings here (<c>--stats</c>).</summary>
    public AnalysisStatistics? Statistics { get; init; }
}
