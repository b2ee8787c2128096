using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules.OAuth;

/// <summary>
/// RULES.md §C.3: when the signals leave a second scenario plausible, a finding keeps its severity only if its rule
/// would fire under both; otherwise it is downgraded to Info and says which scenario it depends on.
/// </summary>
internal static class ScenarioDependence
{
    /// <summary>The scenario the conflicting signals leave plausible beside the analysed one, if any.</summary>
    public static LyncScenario? Alternative(ScenarioAssessment assessment)
    {
        if (assessment.IsOverridden || assessment.Conflict is null)
        {
            return null;
        }

        return assessment.Scenario switch
        {
            // §C.3: DNS pointing online is outweighed when on-prem-homed users exist (LXA0103 reports the DNS).
            LyncScenario.LyncServerOnly when assessment.Has(ScenarioSignalKind.DnsPointsOnline) && !assessment.Has(ScenarioSignalKind.OnPremHomedUsers) => LyncScenario.LyncOnlineOnly,
            LyncScenario.LyncOnlineOnly when assessment.Has(ScenarioSignalKind.OnlineHomedUsers) => LyncScenario.Hybrid,
            _ => null,
        };
    }

    /// <summary>Reports like <see cref="RuleContext.Report"/>, applying the §C.3 downgrade.</summary>
    public static void ReportFinding(
        this RuleContext context,
        DumpLocation location,
        string? logicalLocation,
        object?[] messageArguments,
        string? fix = null,
        IEnumerable<RelatedLocation>? related = null,
        DiagnosticSeverity? severity = null,
        IEnumerable<KeyValuePair<string, string>>? properties = null,
        string? message = null)
    {
        if (Alternative(context.Deployment.Scenario) is { } alternative && !ScenarioList.Contains(context.Descriptor.Scenarios, alternative))
        {
            message = (message ?? context.Descriptor.FormatMessage(messageArguments))
                + $" (depends on scenario: fires only if the deployment is {context.Descriptor.Scenarios}, not {alternative})";
            severity = DiagnosticSeverity.Info;
        }

        context.Report(location, logicalLocation, messageArguments, fix, related, severity, properties, message);
    }

    /// <summary>The property's location, or the object's first line when the dump did not show the property.</summary>
    public static DumpLocation At(DumpLocation property, DumpLocation owner) => property.IsNone ? owner : property;
}
