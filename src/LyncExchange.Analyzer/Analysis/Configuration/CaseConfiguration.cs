using System.Collections.Immutable;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Analysis.Configuration;

/// <summary>
/// The engineer's decisions for one case: severities (per rule, per category), a forced scenario, and
/// suppressions, each remembered with where it came from. Problems in those files are LXA0904 diagnostics.
/// </summary>
public sealed record CaseConfiguration
{
    public static readonly ImmutableArray<string> KnownScenarios = ["LyncServerOnly", "LyncOnlineOnly", "Hybrid"];

    public static CaseConfiguration Empty { get; } = new();

    public ImmutableDictionary<string, ConfiguredSeverity> RuleSeverities { get; init; } =
        ImmutableDictionary<string, ConfiguredSeverity>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    public ImmutableDictionary<RuleCategory, ConfiguredSeverity> CategorySeverities { get; init; } =
        ImmutableDictionary<RuleCategory, ConfiguredSeverity>.Empty;

    /// <summary><c>dotnet_analyzer_diagnostic.severity</c>: every rule not set otherwise.</summary>
    public ConfiguredSeverity? AllRulesSeverity { get; init; }

    public ConfigurationSetting? Scenario { get; init; }

    public ImmutableArray<Suppression> Suppressions { get; init; } = [];

    public ImmutableArray<Suppression> ExpiredSuppressions { get; init; } = [];

    /// <summary>The files read, in the order their settings were applied (a later file wins).</summary>
    public ImmutableArray<string> Sources { get; init; } = [];

    /// <summary>Dump-set-relative paths of case files inside the dump set, so the engine does not analyse them as dumps.</summary>
    public ImmutableHashSet<string> CaseFiles { get; init; } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase);

    public ImmutableArray<Diagnostic> Problems { get; init; } = [];

    public AnalysisOptions ApplyTo(AnalysisOptions options)
    {
        var rules = options.SeverityOverrides;
        foreach (var (id, setting) in RuleSeverities)
        {
            rules = rules.SetItem(id, setting.Severity);
        }

        var categories = options.CategoryOverrides;
        foreach (var category in Enum.GetValues<RuleCategory>())
        {
            if (CategorySeverities.TryGetValue(category, out var setting))
            {
                categories = categories.SetItem(category, setting.Severity);
            }
            else if (AllRulesSeverity is { } all)
            {
                categories = categories.SetItem(category, all.Severity);
            }
        }

        return options with
        {
            SeverityOverrides = rules,
            CategoryOverrides = categories,
            Scenario = Scenario?.Value ?? options.Scenario,
            CaseFiles = options.CaseFiles.Union(CaseFiles),
        };
    }

    /// <summary>The effective severity of every rule in the catalog and where it came from, then the other settings.</summary>
    public ImmutableArray<ConfigurationSetting> EffectiveSettings()
    {
        var settings = ImmutableArray.CreateBuilder<ConfigurationSetting>();
        foreach (var descriptor in RuleCatalog.Descriptors.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var key = "dotnet_diagnostic." + descriptor.Id + ".severity";
            var setting = RuleSeverities.GetValueOrDefault(descriptor.Id)
                ?? CategorySeverities.GetValueOrDefault(descriptor.Category)
                ?? AllRulesSeverity;
            settings.Add(setting is null
                ? new ConfigurationSetting(key, descriptor.DefaultSeverity.ToName(), ConfigurationSetting.DefaultSource, DumpLocation.None)
                : new ConfigurationSetting(key, setting.Severity.ToName(), setting.Source, setting.Location));
        }

        settings.Add(Scenario ?? new ConfigurationSetting("lxa_scenario", "(inferred from the dumps)", ConfigurationSetting.DefaultSource, DumpLocation.None));
        foreach (var suppression in Suppressions)
        {
            settings.Add(new ConfigurationSetting(
                "suppression." + suppression.RuleId,
                suppression.LogicalLocation,
                SourceOf(suppression.Location),
                suppression.Location));
        }

        return settings.ToImmutable();
    }

    internal static string SourceOf(DumpLocation location) =>
        location.IsNone ? ConfigurationSetting.DefaultSource : $"{location.Path}({location.Line})";
}

/// <summary>A severity set by a configuration line.</summary>
public sealed record ConfiguredSeverity(DiagnosticSeverity Severity, string Source, DumpLocation Location);
