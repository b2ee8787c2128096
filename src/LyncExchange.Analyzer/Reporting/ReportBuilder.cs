using System.Collections.Immutable;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Analysis.Configuration;
using LyncExchange.Analyzer.Analysis.Redaction;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>
/// Turns one analysis result into the <see cref="Report"/> every writer renders: adds the case files' own
/// problems, quotes the evidence lines, fingerprints, applies suppressions and the baseline, and (with
/// <c>--redact</c>) pseudonymises every customer string once, so all outputs of the run agree.
/// </summary>
public static class ReportBuilder
{
    public static Report Build(AnalysisResult result, ReportOptions? options = null)
    {
        options ??= ReportOptions.Default;
        var configuration = options.Configuration;
        var diagnostics = result.Diagnostics.AddRange(configuration.Problems).Distinct().Order(Diagnostic.Order).ToImmutableArray();

        var encodings = result.Files.ToDictionary(f => f.Path, f => f.Encoding, StringComparer.Ordinal);
        var lines = new SourceLineReader(result.Root, encodings);
        lines.Prefetch(diagnostics.SelectMany(d => d.RelatedLocations.Select(r => r.Location).Prepend(d.Location)));

        Redactor? redactor = null;
        if (options.Redact)
        {
            redactor = new Redactor();
            IdentifierHarvester.Harvest(redactor, result.Deployment);
        }

        string R(string text) => redactor?.Redact(text) ?? text;

        var redacted = diagnostics.Select(d => redactor is null ? d : Redact(d, R)).ToImmutableArray();
        // Fingerprints of a redacted report are computed from redacted text: a hash of a short server name can be guessed back.
        var fingerprints = FindingIdentity.Fingerprints(redacted);
        var baseline = options.Baseline?.Findings.ToDictionary(f => f.Fingerprint, StringComparer.Ordinal);

        var findings = ImmutableArray.CreateBuilder<ReportFinding>(diagnostics.Length);
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var original = diagnostics[i];
            var shown = redacted[i];
            var snippet = RedactSnippet(lines.Snippet(original.Location), R);
            var related = original.RelatedLocations.Select(r => RedactSnippet(lines.Snippet(r.Location), R)).ToImmutableArray();
            var suppression = configuration.Suppressions.FirstOrDefault(s => Matches(s, original));
            BaselineState? state = null;
            if (baseline is not null)
            {
                state = !baseline.TryGetValue(fingerprints[i], out var previous) ? BaselineState.New
                    : previous.Message == shown.Message && previous.Level == SarifLevels.Of(shown.Severity) ? BaselineState.Unchanged
                    : BaselineState.Updated;
            }

            findings.Add(new ReportFinding(shown, fingerprints[i], FindingIdentity.ValueHash(original), snippet, related, suppression, state));
        }

        var current = fingerprints.ToHashSet(StringComparer.Ordinal);
        var absent = options.Baseline?.Findings
            .Where(f => !current.Contains(f.Fingerprint))
            .Select(f => f with { Message = R(f.Message), LogicalLocation = f.LogicalLocation is null ? null : R(f.LogicalLocation) })
            .ToImmutableArray() ?? [];

        return new Report
        {
            Result = result,
            Tool = options.Tool,
            RootName = R(Path.GetFileName(Path.TrimEndingDirectorySeparator(result.Root))),
            Files = [.. result.Files.Select(f => redactor is null ? f : f with { Path = R(f.Path), Cmdlet = f.Cmdlet })],
            Findings = findings.MoveToImmutable(),
            Scenario = ScenarioOf(result, R),
            SupportSource = new(() => Redacted(Analysis.Support.SupportReport.Build(result), R)),
            Absent = absent,
            Configuration = [.. configuration.EffectiveSettings().Select(s => s with { Value = R(s.Value), Source = R(s.Source) })],
            ConfigurationSources = [.. configuration.Sources.Select(R)],
            BaselinePath = options.Baseline is null ? null : R(Path.GetFileName(options.Baseline.Path)),
            Redactor = redactor,
        };
    }

    /// <summary>Rule and object must match; a value hash, when the suppression pins one, must match too.</summary>
    private static bool Matches(Suppression suppression, Diagnostic diagnostic) =>
        string.Equals(suppression.RuleId, diagnostic.Id, StringComparison.OrdinalIgnoreCase)
        && string.Equals(suppression.LogicalLocation, FindingIdentity.Subject(diagnostic), StringComparison.Ordinal)
        && (suppression.ValueHash is null || string.Equals(suppression.ValueHash, FindingIdentity.ValueHash(diagnostic), StringComparison.OrdinalIgnoreCase));

    private static Diagnostic Redact(Diagnostic diagnostic, Func<string, string> redact)
    {
        var properties = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in diagnostic.Properties)
        {
            properties[key] = redact(value);
        }

        return diagnostic with
        {
            Message = redact(diagnostic.Message),
            Location = RedactPath(diagnostic.Location, redact),
            LogicalLocation = diagnostic.LogicalLocation is null ? null : redact(diagnostic.LogicalLocation),
            RelatedLocations = [.. diagnostic.RelatedLocations.Select(r => new RelatedLocation(RedactPath(r.Location, redact), redact(r.Message)))],
            Properties = properties.ToImmutable(),
        };
    }

    private static DumpLocation RedactPath(DumpLocation location, Func<string, string> redact) =>
        location.IsNone ? location : location with { Path = redact(location.Path) };

    private static SourceSnippet? RedactSnippet(SourceSnippet? snippet, Func<string, string> redact) =>
        snippet is null ? null : snippet with { Text = redact(snippet.Text) };

    private static ReportScenario ScenarioOf(AnalysisResult result, Func<string, string> redact)
    {
        var assessment = result.Deployment.Scenario;
        return new ReportScenario(
            assessment.Scenario.ToString(),
            assessment.IsOverridden,
            assessment.Conflict is null ? null : redact(assessment.Conflict),
            [.. assessment.Signals.Select(s => new ReportScenarioSignal(
                s.Id,
                redact(s.Description),
                s.Location.IsNone ? null : redact(s.Location.Path) + ":" + s.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
    }

    /// <summary>The per-user table names users and SIP addresses: the same pseudonyms as everywhere else when redacting.</summary>
    private static Analysis.Support.SupportReport Redacted(Analysis.Support.SupportReport support, Func<string, string> redact) =>
        support with
        {
            Users = [.. support.Users.Select(u => u with { User = redact(u.User), Sip = u.Sip is null ? null : redact(u.Sip) })],
        };
}
