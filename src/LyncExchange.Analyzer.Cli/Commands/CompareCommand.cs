using System.CommandLine;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Reporting;

namespace LyncExchange.Analyzer.Cli.Commands;

/// <summary>
/// <c>lxa compare old-dump new-dump</c>: analyse both dump sets of the same customer (each with its own case files)
/// and print what was fixed, what is new and what remains, matched by fingerprint, not line. Always exits 0
/// when both could be analysed: it is a report, not a gate.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var before = new Argument<string>("old") { Description = "The earlier dump set (folder, file or .zip)." };
        var after = new Argument<string>("new") { Description = "The later dump set, e.g. collected after the customer applied the fixes." };
        var culture = CliOptions.SourceCulture();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no notes on standard error." };
        var command = new Command("compare", "Compare two dump sets of the same customer: fixed, new and remaining findings.")
        {
            before, after, culture, quiet,
        };

        command.SetAction(parse =>
        {
            if (!AnalyzeCommand.TryGetCulture(parse.GetValue(culture)!, out var sourceCulture))
            {
                stderr.WriteLine($"lxa: unknown culture '{parse.GetValue(culture)}'.");
                return ExitCodes.InputError;
            }

            var reports = new List<Report>();
            foreach (var path in new[] { parse.GetValue(before)!, parse.GetValue(after)! })
            {
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    stderr.WriteLine($"lxa: '{path}' does not exist.");
                    return ExitCodes.InputError;
                }

                if (!AnalyzeCommand.TryLoadConfiguration([path], null, null, stderr, out var configuration))
                {
                    return ExitCodes.InputError;
                }

                var options = configuration.ApplyTo(new AnalysisOptions { Paths = [path], SourceCulture = sourceCulture });
                var result = AnalyzeCommand.Run(options, stderr, parse.GetValue(quiet));
                if (result.NothingReadable)
                {
                    stderr.WriteLine($"lxa: nothing in '{path}' could be read.");
                    return ExitCodes.InputError;
                }

                reports.Add(ReportBuilder.Build(result, new ReportOptions { Configuration = configuration }));
            }

            ReportComparison.Compare(reports[0], reports[1]).WriteText(stdout);
            stdout.Flush();
            return ExitCodes.Clean;
        });

        return command;
    }
}
