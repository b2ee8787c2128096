using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules.Input;

/// <summary>
/// An integration rule needed for the inferred scenario could not run because its input is missing; instead of a
/// silent pass, the support engineer gets the exact command that collects it.
/// </summary>
[Rule("LXA0905", RuleCategory.InputQuality, DiagnosticSeverity.Info,
    Title = "Evidence missing; rule not evaluated",
    Message = "{0} ({1}) not evaluated: {2}. Collect with: {3}.",
    HelpUri = "https://support.microsoft.com/help/2614242",
    Tags = ["InputQuality"])]
internal sealed partial class LXA0905EvidenceMissing : Rule
{
    private const string LyncCollection =
        "Get-CsPool, Get-CsTrustedApplicationPool, Get-CsTrustedApplication, Get-CsUser | Export-Clixml (run Collect-LyncExchangeDump.ps1 in the Lync Server Management Shell; 'lxa collector' writes it)";

    public override void Analyze(RuleContext context)
    {
        var deployment = context.Deployment;
        foreach (var rule in RuleCatalog.CreateRules().OfType<IntegrationRule>())
        {
            var satisfied = rule.Requirements.Where(r => r.IsSatisfied(deployment)).ToList();
            switch (rule.Evaluability(deployment))
            {
                case RuleEvaluability.NoLyncEvidence when satisfied.Count > 0:
                    // Exchange data alone (decision 1): not a defect, but say which check needed Lync evidence.
                    context.Report(
                        DumpLocation.None,
                        null,
                        [rule.Descriptor.Id, rule.Descriptor.Title, "the dump set shows no Lync deployment, so Lync integration is not in evidence", LyncCollection]);
                    break;
                case RuleEvaluability.EvidenceMissing:
                    // One line per rule: all it lacks and every command that collects it.
                    var missing = rule.Requirements.Where(r => !r.IsSatisfied(deployment)).ToList();
                    var commands = string.Join("; ", missing.Select(m => m.CollectCommand).Distinct());
                    context.Report(
                        DumpLocation.None,
                        null,
                        [rule.Descriptor.Id, rule.Descriptor.Title, string.Join("; ", missing.Select(m => m.DescribeMissing(deployment))), commands],
                        fix: commands);
                    break;
            }
        }
    }
}
