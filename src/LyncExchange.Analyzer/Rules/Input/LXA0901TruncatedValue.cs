using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Rules.Input;

/// <summary>
/// A value in formatted output was cut by the formatter ($FormatEnumerationLimit, column width, a CSV
/// collection type name), so rules that need it cannot judge it; truncated never means absent.
/// </summary>
[Rule("LXA0901", RuleCategory.InputQuality, DiagnosticSeverity.Warning,
    Title = "Truncated value in formatted output",
    Message = "Value of '{0}' is truncated ('{1}'); rules {2} were not evaluated for this object.",
    HelpUri = "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_preference_variables",
    Tags = ["InputQuality"])]
internal sealed partial class LXA0901TruncatedValue : Rule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var record in context.Deployment.Records)
        {
            foreach (var truncated in record.Source.Truncated)
            {
                var dependents = RuleInputs.RulesReading(record.GetType(), truncated.Property);
                if (dependents.Count == 0)
                {
                    // A cut list that no rule reads (WebReadyFileTypes…) loses nothing the analysis needs.
                    continue;
                }

                context.Report(
                    truncated.Location,
                    record.ObjectIdentity,
                    [truncated.Property, truncated.Tail, string.Join(", ", dependents)],
                    fix: "$FormatEnumerationLimit = -1; <cmdlet> | Format-List * | Out-String -Width 4096 | Out-File -Encoding utf8 <file>   # or better: <cmdlet> | Export-Clixml <file>.xml");
            }
        }
    }
}
