using System.Collections.Concurrent;
using LyncExchange.Analyzer.Formats;

namespace LyncExchange.Analyzer.Analysis;

/// <summary>
/// Where a run's time went, for <c>lxa analyze --stats</c>: each file read (format, bytes, records, time) and each
/// rule's time. Filled by <see cref="AnalysisEngine"/> when <see cref="AnalysisOptions.Statistics"/> is set.
/// </summary>
public sealed class AnalysisStatistics
{
    private readonly ConcurrentQueue<FileReadTiming> _files = new();
    private readonly ConcurrentQueue<RuleTiming> _rules = new();

    public IReadOnlyList<FileReadTiming> Files => [.. _files.OrderBy(f => f.Path, StringComparer.Ordinal)];

    public IReadOnlyList<RuleTiming> Rules => [.. _rules];

    public TimeSpan ReadTime { get; internal set; }

    public TimeSpan DeploymentTime { get; internal set; }

    public TimeSpan RuleTime { get; internal set; }

    /// <summary>Bound records kept after reading every file.</summary>
    public int RecordsRead { get; internal set; }

    /// <summary>Managed bytes reachable after reading (the records and what readers keep), after a full collection.</summary>
    public long RetainedAfterRead { get; internal set; }

    /// <summary>Managed bytes reachable after the rules ran: the model plus every index the rules built, and the findings.</summary>
    public long RetainedAfterRules { get; internal set; }

    internal void AddFile(FileReadTiming timing) => _files.Enqueue(timing);

    internal void AddRule(RuleTiming timing) => _rules.Enqueue(timing);
}

/// <summary>One file's read: what it was, how big, how many records it gave, how long it took.</summary>
public sealed record FileReadTiming(string Path, DumpFormat Format, long Bytes, int Records, TimeSpan Elapsed);

/// <summary>One rule's <c>Analyze</c> call.</summary>
public sealed record RuleTiming(string RuleId, TimeSpan Elapsed);
