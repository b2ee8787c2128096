using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Deployment.Scenarios;

/// <summary>One piece of evidence of RULES.md §C.1 (S1…S10), with where it was seen.</summary>
public sealed record ScenarioSignal(ScenarioSignalKind Kind, string Description, DumpLocation Location)
{
    public string Id => "S" + (int)Kind;

    /// <summary>Strong signals decide the scenario; weak ones (DNS, OWA intent) only when nothing else exists.</summary>
    public bool IsStrong => Kind is ScenarioSignalKind.OnPremLync or ScenarioSignalKind.SharedAddressSpaceProvider
        or ScenarioSignalKind.Office365OAuth or ScenarioSignalKind.TenantSharedSipAddressSpace or ScenarioSignalKind.OnlineHomedUsers;

    public override string ToString() => Location.IsNone ? $"{Id} {Description}" : $"{Id} {Description} ({Location.Path}:{Location.Line})";
}
