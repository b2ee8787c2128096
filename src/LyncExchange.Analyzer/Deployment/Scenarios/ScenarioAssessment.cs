using System.Collections.Immutable;

namespace LyncExchange.Analyzer.Deployment.Scenarios;

/// <summary>The scenario the analysis runs under, the signals it rests on, and whether they conflict or were overridden.</summary>
public sealed record ScenarioAssessment(
    LyncScenario Scenario,
    ImmutableArray<ScenarioSignal> Signals,
    bool IsOverridden,
    string? Conflict)
{
    public bool Has(ScenarioSignalKind kind) => Signals.Any(s => s.Kind == kind);

    /// <summary>
    /// RULES.md decision 1: integration rules need evidence that Lync is in play. OWA configured for OCS
    /// (S10) counts: it is the customer's own statement of intent.
    /// </summary>
    public bool HasLyncEvidence => IsOverridden || Signals.Any(s => s.Kind != ScenarioSignalKind.ExchangeOnlineMailboxes);

    public bool HasExchangeOnlineMailboxes => Has(ScenarioSignalKind.ExchangeOnlineMailboxes);

    public string Describe() =>
        Signals.IsEmpty ? "no scenario signals" : string.Join("; ", Signals.Select(s => s.ToString()));
}
