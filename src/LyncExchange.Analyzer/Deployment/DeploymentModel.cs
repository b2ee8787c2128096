using System.Collections.Frozen;
using System.Collections.Immutable;
using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Deployment;

/// <summary>
/// The whole customer environment as the dump set shows it: every bound record, indexed once by type,
/// and what was collected. Immutable; rules only read it.
/// </summary>
public sealed class DeploymentModel
{
    private readonly FrozenDictionary<Type, ImmutableArray<IDumpRecord>> _byType;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Lazy<object>> _indexes = new();

    public DeploymentModel(IEnumerable<IDumpRecord> records, IEnumerable<CollectionRecord> collections)
    {
        Records = [.. records];

        // One pass with a builder per type: GroupBy's per-group lists cost a second copy of millions of DNS records.
        var byType = new Dictionary<Type, ImmutableArray<IDumpRecord>.Builder>();
        foreach (var record in Records)
        {
            var type = record.GetType();
            if (!byType.TryGetValue(type, out var builder))
            {
                byType[type] = builder = ImmutableArray.CreateBuilder<IDumpRecord>();
            }

            builder.Add(record);
        }

        _byType = byType.ToFrozenDictionary(p => p.Key, p => p.Value.DrainToImmutable());
        Collections = [.. collections.OrderBy(c => c.Cmdlet, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Path, StringComparer.Ordinal)];
    }

    public ImmutableArray<IDumpRecord> Records { get; }

    /// <summary>The clock certificate-expiry rules use when the collection time is unknown; injectable for tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>When the customer collected the dumps (the collector's manifest.json), if known.</summary>
    public DateTimeOffset? CollectionTime { get; init; }

    /// <summary>The scenario forced by configuration (<c>lxa_scenario = Hybrid</c>), if any.</summary>
    public Scenarios.LyncScenario? ScenarioOverride { get; init; }

    /// <summary>
    /// Scenario signals found by model layers the inference does not know directly (directory users from LDIF,
    /// DNS classification), added by the engine after those indexes are built.
    /// </summary>
    public ImmutableArray<Scenarios.ScenarioSignal> ContributedSignals { get; init; } = [];

    /// <summary>The scenario of RULES.md §C, inferred once.</summary>
    public Scenarios.ScenarioAssessment Scenario => GetIndex(Scenarios.ScenarioInference.Infer);

    /// <summary>Per cmdlet and file: collected with objects, collected empty, or failed.</summary>
    public ImmutableArray<CollectionRecord> Collections { get; }

    public IEnumerable<T> All<T>()
        where T : IDumpRecord =>
        _byType.TryGetValue(typeof(T), out var list) ? list.Cast<T>() : [];

    /// <summary>
    /// A derived index (DNS zones by name, users by SIP address…) built once on first use and shared by all rules.
    /// Rules run in parallel: a rule asking for an index another is building waits for it rather than building a
    /// second copy of, say, a million-user view.
    /// </summary>
    public TIndex GetIndex<TIndex>(Func<DeploymentModel, TIndex> build)
        where TIndex : class =>
        (TIndex)_indexes.GetOrAdd(typeof(TIndex), _ => new Lazy<object>(() => build(this))).Value;

    public CollectionState StateOf(string cmdlet)
    {
        var matches = Collections.Where(c => string.Equals(c.Cmdlet, cmdlet, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 0)
        {
            return CollectionState.NotCollected;
        }

        if (matches.Any(c => c.State == CollectionState.Collected))
        {
            return CollectionState.Collected;
        }

        return matches.Any(c => c.State == CollectionState.CollectedEmpty) ? CollectionState.CollectedEmpty : CollectionState.Failed;
    }
}
