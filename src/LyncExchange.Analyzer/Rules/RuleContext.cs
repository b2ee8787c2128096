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
