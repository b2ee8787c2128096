using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Deployment.Scenarios;

namespace LyncExchange.Analyzer.Rules;

/// <summary>
/// A rule about the Lync–Exchange integration. It runs only in the scenarios its descriptor names, only when the
/// dump set shows Lync is in play (RULES.md decision 1), and only when its evidence was collected; otherwise
/// LXA0905 reports it as not evaluated, with the command that collects what is missing.
/// </summary>
public abstract class IntegrationRule : Rule
{
    public abstract IReadOnlyList<EvidenceRequirement> Requirements { get; }

    public sealed override void Analyze(RuleContext context)
    {
        if (Evaluability(context.Deployment) == RuleEvaluability.Evaluable)
        {
            AnalyzeIntegration(context);
        }
    }

    protected abstract void AnalyzeIntegration(RuleContext context);

    public bool AppliesTo(LyncScenario scenario) => ScenarioList.Contains(Descriptor.Scenarios, scenario);

    public RuleEvaluability Evaluability(DeploymentModel deployment)
    {
        var assessment = deployment.Scenario;
        if (!assessment.HasLyncEvidence)
        {
            return RuleEvaluability.NoLyncEvidence;
        }

        if (!AppliesTo(assessment.Scenario))
        {
            return RuleEvaluability.NotApplicable;
        }

        return Requirements.All(r => r.IsSatisfied(deployment)) ? RuleEvaluability.Evaluable : RuleEvaluability.EvidenceMissing;
    }
}
