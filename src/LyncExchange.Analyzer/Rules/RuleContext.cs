using System.Collections.Immutable;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules;

/// <summary>What a rule may look at (the deployment) and how it reports (with evidence and fix).</summary>
public sealed class RuleContext(DeploymentModel deployment, RuleDescriptor descriptor, Action<Diagnostic> sink)
{
    public DeploymentModel Deployment { get; } = deployment;

    public RuleDescriptor Descriptor { get; } = descriptor;

    /// <summary>
    /// For a rule that can judge some objects but not others (no web.config for one Mailbox server): say which
    /// part was not evaluated and how to collect it, as LXA0905, instead of passing silently.
    /// </summary>
    public void ReportEvidenceMissing(string evidence, string command, DumpLocation location, string? logicalLocation = null)
    {
        var missing = RuleCatalog.Find(Diagnostics.InputDiagnosticIds.EvidenceMissing)!;
        sink(new Diagnostic
        {
            Descriptor = missing,
            Severity = missing.DefaultSeverity,
            Message = missing.FormatMessage(Descriptor.Id, Descriptor.Title, evidence, command),
            Location = location,
            LogicalLocation = logicalLocation,
            Properties = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("fix", command), new("rule", Descriptor.Id)]),
        });
    }

    /// <summary>The time certificate validity is judged against: the dump's collection time when known, else now.</summary>
    public DateTimeOffset DumpTime => Deployment.CollectionTime ?? Deployment.Clock.GetUtcNow();

    /// <summary>Words for messages that say which time <see cref="DumpTime"/> is.</summary>
    public string DumpTimeNote => Deployment.CollectionTime is null
        ? " (compared with the analysis time; the dump's collection time is unknown)"
        : string.Empty;

    public void Report(
        DumpLocation location,
        string? logicalLocation,
        object?[] messageArguments,
        string? fix = null,
        IEnumerable<RelatedLocation>? related = null,
        DiagnosticSeverity? severity = null,
        IEnumerable<KeyValuePair<string, string>>? properties = null,
        string? message = null)
    {
        var props = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (fix is not null)
        {
            props["fix"] = fix;
        }

        if (properties is not null)
        {
            foreach (var (key, value) in properties)
            {
                props[key] = value;
            }
        }

        sink(new Diagnostic
        {
            Descriptor = Descriptor,
            Severity = severity ?? Descriptor.DefaultSeverity,
            Message = message ?? Descriptor.FormatMessage(messageArguments),
            Location = location,
            LogicalLocation = logicalLocation,
            RelatedLocations = related?.Where(r => !r.Location.IsNone).ToImmutableArray() ?? [],
            Properties = props.ToImmutable(),
        });
    }
}
