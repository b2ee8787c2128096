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
        // Decided once per type: a zone's millions of records would otherwise each build a RecordSource to say "nothing cut".
        // Records come grouped by file, so the previous record's type almost always answers without a lookup.
        var readByRules = new Dictionary<Type, bool>();
        Type? lastType = null;
        var read = false;
        foreach (var record in context.Deployment.Records)
        {
            var type = record.GetType();
            if (type != lastType)
            {
                if (!readByRules.TryGetValue(type, out read))
                {
                    read = RuleInputs.ReadsAnyProperty(type);
                    readByRules.Add(type, read);
                }

                lastType = type;
            }

            if (!read)
            {
                continue;
            }

            foreach (var truncated in record.Source.Truncated)
            {
                var dependents = RuleInputs.RulesReading(type, truncated.Property);
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
