using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Rules.Input;

/// <summary>
/// An object lacks a property a rule needs (a <c>Select-Object</c> subset, another product version, a
/// localised label), or carries one the cmdlet's schema does not know; the rules that need it are skipped.
/// </summary>
[Rule("LXA0902", RuleCategory.InputQuality, DiagnosticSeverity.Info,
    Title = "Unknown or missing property",
    Message = "'{0}' object at line {1}: property '{2}' missing; {3} skipped.",
    HelpUri = "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/format-list",
    Tags = ["InputQuality"])]
internal sealed partial class LXA0902UnknownOrMissingProperty : Rule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var record in context.Deployment.Records)
        {
            foreach (var (property, ruleIds) in RuleInputs.PropertiesNeeded(record.GetType()))
            {
                if (record.Source.IsPresent(property))
                {
                    continue;
                }

                context.Report(
                    record.Source.Location,
                    record.ObjectIdentity,
                    [record.Source.Cmdlet ?? record.GetType().Name, record.Source.Location.Line, property, string.Join(", ", ruleIds)],
                    fix: $"{record.Source.Cmdlet ?? "<cmdlet>"} | Format-List *");
            }
        }
    }
}
