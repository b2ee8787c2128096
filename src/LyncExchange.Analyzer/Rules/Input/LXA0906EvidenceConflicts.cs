using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules.Input;

/// <summary>
/// Reports the scenario the analysis ran under and the signals it rests on, once per run: as info when the
/// signals agree (or the configuration forced it) and as a warning when they conflict (RULES.md §C.3).
/// </summary>
[Rule("LXA0906", RuleCategory.InputQuality, DiagnosticSeverity.Warning,
    Title = "Evidence conflicts (scenario or snapshot)",
    Message = "Scenario evidence conflicts: {0}. Analysed as {1}; scenario-dependent findings downgraded. Override with lxa_scenario = {2}.",
    HelpUri = "https://support.microsoft.com/help/2614242",
    Tags = ["InputQuality", "Scenario"])]
internal sealed partial class LXA0906EvidenceConflicts : Rule
{
    public override void Analyze(RuleContext context)
    {
        ReportMixedForests(context);
        Directory.UserValueConflicts.Report(context);
        var assessment = context.Deployment.Scenario;
        var first = assessment.Signals.FirstOrDefault()?.Location ?? DumpLocation.None;
        var related = assessment.Signals.Skip(1).Select(s => new RelatedLocation(s.Location, s.ToString()));
        var properties = new List<KeyValuePair<string, string>>
        {
            new("scenario", assessment.Scenario.ToString()),
            new("signals", assessment.Describe()),

            // The fingerprint (rule + object + value) must follow the scenario, not the wording of its evidence.
            new("value", assessment.Scenario + (assessment.Conflict is null ? string.Empty : " (conflict)")),
        };

        if (assessment.Conflict is { } conflict)
        {
            context.Report(first, "Scenario", [conflict + " — " + assessment.Describe(), assessment.Scenario, "Hybrid|LyncServerOnly|LyncOnlineOnly"], related: related, properties: properties);
            return;
        }

        var how = assessment.IsOverridden ? "set by lxa_scenario in the configuration" : "inferred";
        context.Report(
            first,
            "Scenario",
            [],
            related: related,
            severity: DiagnosticSeverity.Info,
            properties: properties,
            message: $"Scenario {assessment.Scenario} ({how}) from: {assessment.Describe()}.");
    }

    private static void ReportMixedForests(RuleContext context)
    {
        var roots = ForestRoots.Of(context.Deployment);
        if (roots.Count < 2)
        {
            return;
        }

        var list = string.Join(", ", roots.Select(r => $"{r.Root} ({r.Location.Path})"));
        context.Report(
            roots[1].Location,
            roots[1].Example.ObjectIdentity,
            [],
            related: roots.Select(r => new RelatedLocation(r.Location, $"first object of forest {r.Root}")),
            properties: [new("value", string.Join("|", roots.Select(r => r.Root)))],
            message: $"Dumps come from {roots.Count} Active Directory forests: {list}; findings that join objects across dumps may compare different organisations. Remove the dumps of the other forest or analyse it separately.");
    }
}
