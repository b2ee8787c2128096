using System.Collections.Immutable;
using System.Text;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Analysis.Configuration;

/// <summary>
/// Finds and reads the case files: <c>lxa.globalconfig</c> and <c>lxa.suppressions.json</c> at the top of a dump
/// folder, then <c>--config</c> / <c>--suppressions</c> (which win). Files are opened read-only.
/// </summary>
public static class CaseConfigurationLoader
{
    public const string ConfigFileName = "lxa.globalconfig";
    public const string SuppressionsFileName = "lxa.suppressions.json";

    /// <summary>Case files are small; anything larger is not a case file someone wrote by hand.</summary>
    private const long MaxCaseFileBytes = 4 * 1024 * 1024;

    /// <exception cref="FileNotFoundException">An explicitly named file does not exist (a usage error).</exception>
    public static CaseConfiguration Load(IReadOnlyList<string> dumpPaths, string? configPath, string? suppressionsPath, DateOnly today)
    {
        var root = DumpRoot(dumpPaths);
        var configs = new List<string>();
        var suppressionFiles = new List<string>();
        var caseFiles = ImmutableHashSet.CreateBuilder<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var directory in dumpPaths.Select(Path.GetFullPath).Where(Directory.Exists))
        {
            var config = Path.Combine(directory, ConfigFileName);
            if (File.Exists(config))
            {
                configs.Add(config);
                caseFiles.Add(Relative(root, config));
            }

            var suppressions = Path.Combine(directory, SuppressionsFileName);
            if (File.Exists(suppressions))
            {
                suppressionFiles.Add(suppressions);
                caseFiles.Add(Relative(root, suppressions));
            }
        }

        if (configPath is not null)
        {
            var full = Path.GetFullPath(configPath);
            if (!File.Exists(full))
            {
                throw new FileNotFoundException($"configuration file '{configPath}' does not exist.", configPath);
            }

            configs.Remove(full);
            configs.Add(full);
            caseFiles.Add(Relative(root, full));
        }

        if (suppressionsPath is not null)
        {
            var full = Path.GetFullPath(suppressionsPath);
            if (!File.Exists(full))
            {
                throw new FileNotFoundException($"suppressions file '{suppressionsPath}' does not exist.", suppressionsPath);
            }

            suppressionFiles.Remove(full);
            suppressionFiles.Add(full);
            caseFiles.Add(Relative(root, full));
        }

        var configuration = CaseConfiguration.Empty with { CaseFiles = caseFiles.ToImmutable() };
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        var sources = ImmutableArray.CreateBuilder<string>();
        foreach (var config in configs)
        {
            var relative = Relative(root, config);
            sources.Add(relative);
            var file = GlobalConfigFile.Parse(relative, Encoding.UTF8.GetString(ReadBounded(config)));
            problems.AddRange(file.Problems);
            configuration = Apply(configuration, file, problems);
        }

        var active = ImmutableArray.CreateBuilder<Suppression>();
        var expired = ImmutableArray.CreateBuilder<Suppression>();
        foreach (var path in suppressionFiles)
        {
            var relative = Relative(root, path);
            sources.Add(relative);
            var parsed = SuppressionFile.Parse(relative, ReadBounded(path), today);
            active.AddRange(parsed.Active);
            expired.AddRange(parsed.Expired);
            problems.AddRange(parsed.Problems);
        }

        return configuration with
        {
            Suppressions = active.ToImmutable(),
            ExpiredSuppressions = expired.ToImmutable(),
            Sources = sources.ToImmutable(),
            Problems = problems.ToImmutable(),
        };
    }

    /// <summary>Applies one parsed file over what earlier files set; unknown keys and values are reported, never guessed.</summary>
    public static CaseConfiguration Apply(CaseConfiguration configuration, GlobalConfigFile file, ImmutableArray<Diagnostic>.Builder problems)
    {
        foreach (var entry in file.Entries)
        {
            var source = CaseConfiguration.SourceOf(entry.Location);
            var key = entry.Key;
            if (key.Equals("is_global", StringComparison.OrdinalIgnoreCase) || key.Equals("global_level", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (key.Equals("lxa_scenario", StringComparison.OrdinalIgnoreCase))
            {
                var known = CaseConfiguration.KnownScenarios.FirstOrDefault(s => s.Equals(entry.Value, StringComparison.OrdinalIgnoreCase));
                if (known is null)
                {
                    problems.Add(ConfigurationProblem.Create(entry.Location, $"lxa_scenario '{entry.Value}' is not one of {string.Join(", ", CaseConfiguration.KnownScenarios)}; the scenario is inferred from the dumps."));
                    continue;
                }

                configuration = configuration with { Scenario = new ConfigurationSetting("lxa_scenario", known, source, entry.Location) };
                continue;
            }

            if (!TryParseSeverityKey(key, out var target))
            {
                problems.Add(ConfigurationProblem.Create(
                    entry.Location,
                    $"unknown setting '{key}' ignored (lxa reads dotnet_diagnostic.<ID>.severity, dotnet_analyzer_diagnostic.category-<Category>.severity, dotnet_analyzer_diagnostic.severity and lxa_scenario).",
                    DiagnosticSeverity.Warning));
                continue;
            }

            var isDefault = entry.Value.Equals("default", StringComparison.OrdinalIgnoreCase);
            if (!isDefault && !DiagnosticSeverityNames.TryParse(entry.Value, out _))
            {
                problems.Add(ConfigurationProblem.Create(entry.Location, $"'{entry.Value}' is not a severity (none, silent/hidden, suggestion/info, warning, error, default); '{key}' ignored."));
                continue;
            }

            DiagnosticSeverityNames.TryParse(entry.Value, out var severity);
            var configured = new ConfiguredSeverity(severity, source, entry.Location);
            configuration = target switch
            {
                { RuleId: { } id } => configuration with
                {
                    RuleSeverities = isDefault ? configuration.RuleSeverities.Remove(id) : configuration.RuleSeverities.SetItem(id, configured),
                },
                { Category: { } category } => configuration with
                {
                    CategorySeverities = isDefault ? configuration.CategorySeverities.Remove(category) : configuration.CategorySeverities.SetItem(category, configured),
                },
                _ => configuration with { AllRulesSeverity = isDefault ? null : configured },
            };

            if (target.RuleId is { } ruleId && RuleCatalog.Find(ruleId) is null)
            {
                problems.Add(ConfigurationProblem.Create(entry.Location, $"no rule '{ruleId}' in this version (run 'lxa rules'); the setting has no effect.", DiagnosticSeverity.Warning));
            }
        }

        return configuration;
    }

    private readonly record struct SeverityTarget(string? RuleId, RuleCategory? Category);

    private static bool TryParseSeverityKey(string key, out SeverityTarget target)
    {
        const string RulePrefix = "dotnet_diagnostic.";
        const string CategoryPrefix = "dotnet_analyzer_diagnostic.category-";
        const string Suffix = ".severity";
        target = default;
        if (!key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (key.StartsWith(RulePrefix, StringComparison.OrdinalIgnoreCase))
        {
            var id = key[RulePrefix.Length..^Suffix.Length];
            if (id.Length == 0 || id.Contains('.', StringComparison.Ordinal))
            {
                return false;
            }

            target = new SeverityTarget(id.ToUpperInvariant(), null);
            return true;
        }

        if (key.StartsWith(CategoryPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var name = key[CategoryPrefix.Length..^Suffix.Length];
            if (!Enum.TryParse<RuleCategory>(name, ignoreCase: true, out var category) || !Enum.IsDefined(category) || int.TryParse(name, out _))
            {
                return false;
            }

            target = new SeverityTarget(null, category);
            return true;
        }

        if (key.Equals("dotnet_analyzer_diagnostic.severity", StringComparison.OrdinalIgnoreCase))
        {
            target = new SeverityTarget(null, null);
            return true;
        }

        return false;
    }

    private static byte[] ReadBounded(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (stream.Length > MaxCaseFileBytes)
        {
            throw new IOException($"'{path}' is larger than {MaxCaseFileBytes / (1024 * 1024)} MiB; it is not a case file.");
        }

        var buffer = new byte[stream.Length];
        stream.ReadExactly(buffer);
        return buffer;
    }

    /// <summary>The folder dump-set paths are relative to: the same rule as <see cref="Dumps.DumpSet"/> uses.</summary>
    public static string DumpRoot(IReadOnlyList<string> paths)
    {
        var dirs = paths.Select(Path.GetFullPath).Select(p => Directory.Exists(p) ? p : Path.GetDirectoryName(p) ?? p).ToList();
        if (dirs.Count == 0)
        {
            return Directory.GetCurrentDirectory();
        }

        var common = dirs[0];
        foreach (var dir in dirs.Skip(1))
        {
            while (!(dir.Equals(common, StringComparison.Ordinal)
                || dir.StartsWith(common.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                var parent = Path.GetDirectoryName(common);
                if (parent is null || parent.Length <= 1)
                {
                    break;
                }

                common = parent;
            }
        }

        return common;
    }

    private static string Relative(string root, string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');
}
