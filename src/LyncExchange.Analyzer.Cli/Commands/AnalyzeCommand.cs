using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Analysis.Configuration;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Reporting;
using Spectre.Console;

namespace LyncExchange.Analyzer.Cli.Commands;

/// <summary>
/// <c>lxa analyze &lt;paths…&gt;</c>: read the case files, one call to the engine, one report, then every writer
/// asked for (<c>--format sarif=case.sarif --format html=case.html</c>, or <c>--output-dir</c>).
/// </summary>
internal static class AnalyzeCommand
{
    /// <summary>Below this much input a run takes about a second; a progress bar would only flicker.</summary>
    private const long ProgressThresholdBytes = 32L * 1024 * 1024;

    private const string ReportFileStem = "lxa-report";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CliOptions.Paths();
        var format = new Option<string[]>("--format", "-f")
        {
            Description = "Output format: text, sarif, html, json or md; repeat for several, and give a file with FORMAT=FILE (e.g. --format sarif=case.sarif).",
        };
        var output = CliOptions.Output();
        var outputDir = new Option<DirectoryInfo?>("--output-dir")
        {
            Description = $"Write each format without its own file to this folder as {ReportFileStem}.<ext>.",
        };
        var failOn = CliOptions.FailOn();
        var culture = CliOptions.SourceCulture();
        var rule = CliOptions.Rule();
        var excludeRule = CliOptions.ExcludeRule();
        var verbose = CliOptions.Verbose();
        var config = new Option<FileInfo?>("--config") { Description = $"A .globalconfig-style severity file (applied after {CaseConfigurationLoader.ConfigFileName} at the dump root)." };
        var suppressions = new Option<FileInfo?>("--suppressions") { Description = $"A suppressions file (applied after {CaseConfigurationLoader.SuppressionsFileName} at the dump root)." };
        var showConfig = new Option<bool>("--show-config") { Description = "Print the effective configuration and where each setting came from, then exit." };
        var baseline = new Option<FileInfo?>("--baseline") { Description = "A previous lxa SARIF log: mark results new, unchanged, updated or absent." };
        var redact = new Option<bool>("--redact") { Description = "Replace customer identifiers with stable pseudonyms in every output." };
        var redactionMap = new Option<FileInfo?>("--redaction-map") { Description = "With --redact: write the pseudonym → original map to this file (keep it; never send it)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no notes on standard error." };
        var users = new Option<FileInfo?>("--users") { Description = "Write the per-user support report (expected vs actual support per feature, RULES.md §D.3) to this JSON file." };
        var stats = new Option<bool>("--stats") { Description = "Print per-reader bytes, records and MB/s, per-rule time and peak memory to standard error." };
        var parallel = new Option<int?>("--parallel") { Description = "Read up to N files and run up to N rules at once (default: one per processor; 1 runs serially). The report is the same." };

        var command = new Command("analyze", "Analyse a dump set and report defects as diagnostics.")
        {
            paths, format, output, outputDir, failOn, culture, rule, excludeRule, config, suppressions, showConfig,
            baseline, redact, redactionMap, quiet, verbose, users, stats, parallel,
        };

        command.SetAction(parse =>
        {
            try
            {
                var isQuiet = parse.GetValue(quiet);
                if (!TryGetCulture(parse.GetValue(culture)!, out var sourceCulture))
                {
                    stderr.WriteLine($"lxa: unknown culture '{parse.GetValue(culture)}'.");
                    return ExitCodes.InputError;
                }

                var inputPaths = parse.GetValue(paths) ?? [];
                var missing = inputPaths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
                if (missing is not null)
                {
                    stderr.WriteLine($"lxa: '{missing}' does not exist.");
                    return ExitCodes.InputError;
                }

                if (!TryPlanOutputs(parse.GetValue(format) ?? [], parse.GetValue(output), parse.GetValue(outputDir), out var plan, out var planError))
                {
                    stderr.WriteLine("lxa: " + planError);
                    return ExitCodes.InputError;
                }

                var mapFile = parse.GetValue(redactionMap);
                var redacting = parse.GetValue(redact);
                if (mapFile is not null && !redacting)
                {
                    stderr.WriteLine("lxa: --redaction-map needs --redact.");
                    return ExitCodes.InputError;
                }

                if (!TryLoadConfiguration(inputPaths, parse.GetValue(config)?.FullName, parse.GetValue(suppressions)?.FullName, stderr, out var caseConfiguration))
                {
                    return ExitCodes.InputError;
                }

                if (parse.GetValue(showConfig))
                {
                    WriteConfiguration(caseConfiguration, stdout);
                    return ExitCodes.Clean;
                }

                BaselineLog? baselineLog = null;
                if (parse.GetValue(baseline) is { } baselineFile)
                {
                    try
                    {
                        baselineLog = BaselineLog.Read(baselineFile.FullName);
                    }
                    catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
                    {
                        stderr.WriteLine("lxa: " + ex.Message);
                        return ExitCodes.InputError;
                    }
                }

                var options = caseConfiguration.ApplyTo(new AnalysisOptions
                {
                    Paths = [.. inputPaths],
                    SourceCulture = sourceCulture,
                    OnlyRules = ImmutableHashSet.CreateRange(StringComparer.OrdinalIgnoreCase, parse.GetValue(rule) ?? []),
                    ExcludedRules = ImmutableHashSet.CreateRange(StringComparer.OrdinalIgnoreCase, parse.GetValue(excludeRule) ?? []),
                    Parallelism = Math.Max(1, parse.GetValue(parallel) ?? Environment.ProcessorCount),
                    Statistics = parse.GetValue(stats) ? new AnalysisStatistics() : null,
                });

                var result = Run(options, stderr, isQuiet);
                if (options.Statistics is { } timings)
                {
                    StatsWriter.Write(timings, stderr);
                }
                var report = ReportBuilder.Build(result, new ReportOptions
                {
                    Configuration = caseConfiguration,
                    Baseline = baselineLog,
                    Redact = redacting,
                });

                if (parse.GetValue(users) is { } usersFile)
                {
                    WriteFile(usersFile.FullName, text => LyncExchange.Analyzer.Analysis.Support.SupportReportJsonWriter.Write(text, LyncExchange.Analyzer.Analysis.Support.SupportReport.Build(result)));
                }

                foreach (var (name, file) in plan)
                {
                    var writer = ReportWriters.For(name)!;
                    if (file is null)
                    {
                        writer.Write(report, stdout);
                        stdout.Flush();
                    }
                    else
                    {
                        WriteFile(file, text => writer.Write(report, text));
                    }
                }

                if (report.Redactor is { } redactor)
                {
                    if (mapFile is not null)
                    {
                        Directory.CreateDirectory(mapFile.DirectoryName ?? ".");
                        using var stream = new FileStream(mapFile.FullName, FileMode.Create, FileAccess.Write);
                        redactor.WriteMap(stream);
                    }
                    else if (!isQuiet)
                    {
                        stderr.WriteLine("lxa: redacted; no --redaction-map given, so the pseudonyms cannot be mapped back.");
                    }
                }

                if (baselineLog is { Unmatchable: > 0 } && !isQuiet)
                {
                    stderr.WriteLine($"lxa: {baselineLog.Unmatchable} result(s) of the baseline have no lxa fingerprint and were not compared.");
                }

                if (result.EveryReaderFailed)
                {
                    stderr.WriteLine("lxa: an internal error stopped the reading of every file; nothing could be analysed. This is a bug; please report it.");
                    return ExitCodes.UnexpectedFailure;
                }

                if (result.NothingReadable)
                {
                    stderr.WriteLine("lxa: nothing in the dump set could be read.");
                    return ExitCodes.InputError;
                }

                DiagnosticSeverityNames.TryParse(parse.GetValue(failOn), out var threshold);
                return report.HasAtLeast(threshold) ? ExitCodes.Findings : ExitCodes.Clean;
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

    /// <summary>Which writer goes where: FORMAT=FILE, else the output folder, else -o for a single format, else standard output (once).</summary>
    internal static bool TryPlanOutputs(
        string[] specs,
        FileInfo? output,
        DirectoryInfo? outputDir,
        out List<(string Format, string? File)> plan,
        out string error)
    {
        plan = [];
        error = string.Empty;
        if (specs.Length == 0)
        {
            specs = ["text"];
        }

        if (output is not null && specs.Length > 1)
        {
            error = "--output takes one format; use --format FORMAT=FILE or --output-dir for several.";
            return false;
        }

        var toStdout = 0;
        foreach (var spec in specs)
        {
            var equals = spec.IndexOf('=', StringComparison.Ordinal);
            var name = (equals < 0 ? spec : spec[..equals]).Trim().ToLowerInvariant();
            if (name == "markdown")
            {
                name = "md";
            }

            if (ReportWriters.For(name) is null)
            {
                error = $"unknown format '{name}'; use one of {string.Join(", ", ReportWriters.Formats)}.";
                return false;
            }

            string? file;
            if (equals >= 0)
            {
                file = spec[(equals + 1)..].Trim();
                if (file.Length == 0)
                {
                    error = $"'--format {spec}': no file after '='.";
                    return false;
                }
            }
            else if (outputDir is not null)
            {
                file = Path.Combine(outputDir.FullName, ReportFileStem + ReportWriters.Extension(name));
            }
            else
            {
                file = output?.FullName;
            }

            if (file is null && ++toStdout > 1)
            {
                error = "only one format can go to standard output; give the others a file (--format FORMAT=FILE) or use --output-dir.";
                return false;
            }

            if (file is not null && plan.Any(p => p.File is not null && string.Equals(Path.GetFullPath(p.File), Path.GetFullPath(file), StringComparison.Ordinal)))
            {
                error = $"two formats would be written to '{file}'.";
                return false;
            }

            plan.Add((name, file));
        }

        return true;
    }

    internal static bool TryLoadConfiguration(IReadOnlyList<string> paths, string? config, string? suppressions, TextWriter stderr, out CaseConfiguration configuration)
    {
        try
        {
            configuration = CaseConfigurationLoader.Load(paths, config, suppressions, DateOnly.FromDateTime(DateTime.UtcNow));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("lxa: " + ex.Message);
            configuration = CaseConfiguration.Empty;
            return false;
        }
    }

    internal static void WriteConfiguration(CaseConfiguration configuration, TextWriter stdout)
    {
        stdout.Write("# lxa effective configuration (setting = value  # source)\n");
        stdout.Write("# sources: " + (configuration.Sources.IsEmpty ? "none (built-in defaults)" : string.Join(", ", configuration.Sources)) + "\n");
        foreach (var setting in configuration.EffectiveSettings())
        {
            stdout.Write($"{setting.Key} = {TextReportWriter.Sanitize(setting.Value)}  # {TextReportWriter.Sanitize(setting.Source)}\n");
        }

        foreach (var problem in configuration.Problems)
        {
            stdout.Write("# " + TextReportWriter.FormatLine(problem) + "\n");
        }
    }

    /// <summary>Runs the engine, with a progress bar on a terminal's stderr for large inputs (never when redirected, quiet, or in tests).</summary>
    internal static AnalysisResult Run(AnalysisOptions options, TextWriter stderr, bool quiet)
    {
        if (quiet || !ReferenceEquals(stderr, Console.Error) || Console.IsErrorRedirected || InputBytes(options.Paths) < ProgressThresholdBytes)
        {
            return AnalysisEngine.Run(options);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Ansi = AnsiSupport.Detect,
            ColorSystem = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });

        AnalysisResult? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading", maxValue: 1);
                var progress = new SynchronousProgress(p =>
                {
                    task.MaxValue = Math.Max(p.TotalBytes, 1);
                    task.Value = p.BytesRead;
                    task.Description = p.CurrentFile.Length == 0 ? "rules" : Markup.Escape(Shorten(p.CurrentFile));
                });
                result = AnalysisEngine.Run(options with { Progress = progress });
            });
        return result!;
    }

    private static string Shorten(string path) => path.Length <= 40 ? path : "…" + path[^39..];

    private static long InputBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                total += new FileInfo(path).Length;
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in new DirectoryInfo(path).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
                {
                    total += file.Length;
                    if (total >= ProgressThresholdBytes)
                    {
                        return total;
                    }
                }
            }
        }

        return total;
    }

    private static void WriteFile(string path, Action<TextWriter> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var stream = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        write(stream);
    }

    internal static bool TryGetCulture(string name, out CultureInfo culture)
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

    /// <summary><see cref="Progress{T}"/> posts to the thread pool; the bar must see each file as it starts.</summary>
    private sealed class SynchronousProgress(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => report(value);
    }
}
