using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Rules;

namespace LyncExchange.Analyzer.Tests.Infrastructure;

/// <summary>Runs one rule over hand-built records, for cases no text dump can produce.</summary>
public static class RuleRunner
{
    public static List<Diagnostic> Run(Rule rule, params IDumpRecord[] records) =>
        Run(rule, new DeploymentModel(records, []));

    public static List<Diagnostic> Run(Rule rule, DeploymentModel deployment)
    {
        var diagnostics = new List<Diagnostic>();
        rule.Analyze(new RuleContext(deployment, rule.Descriptor, diagnostics.Add));
        return diagnostics;
    }
}
