using System.Collections.Immutable;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>The scenario a report was analysed under, with its evidence, as every writer shows it in its header.</summary>
public sealed record ReportScenario(string Scenario, bool IsOverridden, string? Conflict, ImmutableArray<ReportScenarioSignal> Signals);

/// <summary>One scenario signal (RULES.md §C.1) and where it was seen, already redacted when the run redacts.</summary>
public sealed record ReportScenarioSignal(string Id, string Description, string? Location);
