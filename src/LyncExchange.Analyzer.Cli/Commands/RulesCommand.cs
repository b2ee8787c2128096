using System.CommandLine;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules;

namespace LyncExchange.Analyzer.Cli.Commands;

/// <summary><c>lxa rules</c>: the catalog as a table (ID, severity, category, title).</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("rules", "List every rule: ID, default severity, category and title.");
        command.SetAction(_ =>
        {
            var rows = RuleCatalog.Descriptors
                .Select(d => (d.Id, Severity: d.DefaultSeverity.ToName(), Category: d.Category.ToString(), d.Title))
                .ToList();
            var severityWidth = Math.Max("Severity".Length, rows.Max(r => r.Severity.Length));
            var categoryWidth = Math.Max("Category".Length, rows.Max(r => r.Category.Length));
            stdout.Write($"{"ID",-7} {"Severity".PadRight(severityWidth)} {"Category".PadRight(categoryWidth)} Title\n");
            stdout.Write($"{new string('-', 7)} {new string('-', severityWidth)} {new string('-', categoryWidth)} {new string('-', 5)}\n");
            foreach (var row in rows)
            {
                stdout.Write($"{row.Id,-7} {row.Severity.PadRight(severityWidth)} {row.Category.PadRight(categoryWidth)} {row.Title}\n");
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
