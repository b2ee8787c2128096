using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Reporting;

namespace LyncExchange.Analyzer.Cli.Commands;

/// <summary><c>lxa analyze &lt;paths…&gt;</c>: one call to the engine, one writer.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CliOptions.Paths();
        var format = CliOptions.Format("text");
        var output = CliOptions.Output();
        var failOn = CliOptions.FailOn();
        var culture = CliOptions.SourceCulture();
        var rule = CliOptions.Rule();
        var excludeRule = CliOptions.ExcludeRule();
        var verbose = CliOptions.Verbose();

        var command = new Command("analyze", "Analyse a dump set and report defects as diagnostics.")
        {
            paths, format, output, failOn, culture, rule, excludeRule, verbose,
        };

        command.SetAction(parse =>
        {
            try
            {
                if (!TryGetCulture(parse.GetValue(culture)!, out var sourceCulture))
                {
                    stderr.WriteLine($"lxa: unknown culture '{parse.GetValue(culture)}'.");
                    return ExitCodes.InputError;
                }

                var options = new AnalysisOptions
                {
                    Paths = [.. parse.GetValue(paths) ?? []],
                    SourceCulture = sourceCulture,
                    OnlyRules = ImmutableHashSet.CreateRange(StringComparer.OrdinalIgnoreCase, parse.GetValue(rule) ?? []),
                    ExcludedRules = ImmutableHashSet.CreateRange(StringComparer.OrdinalIgnoreCase, parse.GetValue(excludeRule) ?? []),
                };

                var missing = options.Paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
                if (missing is not null)
                {
                    stderr.WriteLine($"lxa: '{missing}' does not exist.");
                    return ExitCodes.InputError;
                }

                var result = AnalysisEngine.Run(options);
                IReportWriter writer = new TextReportWriter();
                var file = parse.GetValue(output);
                if (file is null)
                {
                    writer.Write(result, stdout);
                    stdout.Flush();
                }
                else
                {
                    using var stream = new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
                    writer.Write(result, stream);
                }

                if (result.NothingReadable)
                {
                    stderr.WriteLine("lxa: nothing in the dump set could be read.");
                }

                DiagnosticSeverityNames.TryParse(parse.GetValue(failOn), out var threshold);
                return ExitCodes.From(result, threshold);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                stderr.WriteLine($"lxa: unexpected failure ({ex.GetType().Name}: {ex.Message}). This is a bug; please report it with the command line you ran.");
                if (parse.GetValue(verbose))
                {
                    stderr.WriteLine(ex.ToString());
                }

                return ExitCodes.UnexpectedFailure;
            }
        });

        return command;
    }

    private static bool TryGetCulture(string name, out CultureInfo culture)
    {
        try
        {
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            culture = CultureInfo.InvariantCulture;
            return false;
        }
    }
}
