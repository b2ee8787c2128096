using System.Collections.Immutable;
using System.Globalization;

namespace LyncExchange.Analyzer.Diagnostics;

/// <summary>What a rule is, independent of any finding: Roslyn's DiagnosticDescriptor for dumps.</summary>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    RuleCategory Category,
    DiagnosticSeverity DefaultSeverity,
    string HelpUri,
    string Scenarios,
    ImmutableArray<string> Tags)
{
    public string FormatMessage(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    public bool Equals(RuleDescriptor? other) => other is not null && Id == other.Id;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}
