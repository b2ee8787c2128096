using System.CommandLine;
using LyncExchange.Analyzer.Cli.Commands;

namespace LyncExchange.Analyzer.Cli;

/// <summary>Builds the command tree and maps parse errors to exit code 2 (System.CommandLine's default is 1).</summary>
public static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("lxa: offline analyzer of Exchange 2013 / Lync Server 2013 integration dumps (KB 2614242).");
        root.Subcommands.Add(AnalyzeCommand.Create(output, error));
        root.Subcommands.Add(RulesCommand.Create(output));
        root.Subcommands.Add(ExplainCommand.Create(output, error));
        root.Subcommands.Add(InspectCommand.Create(output, error));
        root.Subcommands.Add(CompareCommand.Create(output, error));
        root.Subcommands.Add(CollectorCommand.Create(output, error));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine("lxa: " + parseError.Message);
            }

            error.WriteLine("Run 'lxa --help' for usage.");
            return ExitCodes.InputError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
