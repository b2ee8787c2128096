using System.CommandLine;
using LyncExchange.Analyzer.Rules;

namespace LyncExchange.Analyzer.Cli.Commands;

/// <summary><c>lxa explain LXAnnnn</c>: prints the rule's embedded doc page; works offline.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("rule-id") { Description = "A rule ID such as LXA0301." };
        var command = new Command("explain", "Print a rule's documentation: cause, fix, examples, references.") { id };
        command.SetAction(parse =>
        {
            var value = parse.GetValue(id)!.Trim();
            var page = RuleDocumentation.Get(value);
            if (page is null || RuleCatalog.Find(value) is null)
            {
                stderr.WriteLine($"lxa: no rule '{value}'. Run 'lxa rules' for the list.");
                return ExitCodes.InputError;
            }

            stdout.Write(page);
            if (!page.EndsWith('\n'))
            {
                stdout.Write('\n');
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
