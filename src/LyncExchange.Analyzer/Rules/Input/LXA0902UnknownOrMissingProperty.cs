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
        // Looked up and ordered once per type rather than once per record.
        // Records come grouped by file, so the previous record's type almost always answers without a lookup.
        var neededByType = new Dictionary<Type, KeyValuePair<string, string[]>[]>();
        Type? lastType = null;
        KeyValuePair<string, string[]>[] needed = [];
        foreach (var record in context.Deployment.Records)
        {
            var type = record.GetType();
            if (type != lastType)
            {
                if (!neededByType.TryGetValue(type, out var known))
                {
                    known = [.. RuleInputs.PropertiesNeeded(type)];
                    neededByType.Add(type, known);
                }

                needed = known;
                lastType = type;
            }

            foreach (var (property, ruleIds) in needed)
            {
                if (record.Source.IsPresent(property))
                {
                    continue;
                }

                context.Report(
                    record.Source.Location,
                    record.ObjectIdentity,
                    [record.Source.Cmdlet ?? type.Name, record.Source.Location.Line, property, string.Join(", ", ruleIds)],
                    fix: $"{record.Source.Cmdlet ?? "<cmdlet>"} | Format-List *");
            }
        }
    }
}
