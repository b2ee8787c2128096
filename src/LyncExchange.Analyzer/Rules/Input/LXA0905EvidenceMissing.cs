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
        var withoutLync = new List<RuleDescriptor>();
        foreach (var rule in RuleCatalog.CreateRules().OfType<IntegrationRule>())
        {
            var satisfied = rule.Requirements.Where(r => r.IsSatisfied(deployment)).ToList();
            switch (rule.Evaluability(deployment))
            {
                case RuleEvaluability.NoLyncEvidence when satisfied.Count > 0:
                    withoutLync.Add(rule.Descriptor);
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

        if (withoutLync.Count > 0)
        {
            // Exchange data alone (decision 1) is not a defect; one line says which checks need Lync evidence, rather
            // than one per rule with the same reason and the same command.
            var ids = string.Join(", ", withoutLync.Select(d => d.Id));
            var what = withoutLync.Count == 1 ? withoutLync[0].Title : $"{withoutLync.Count} integration rules whose Exchange or DNS input is present";
            context.Report(
                DumpLocation.None,
                null,
                [ids, what, "the dump set shows no Lync deployment, so Lync integration is not in evidence", LyncCollection],
                fix: LyncCollection,
                properties: [new("rules", ids)]);
        }
    }
}
