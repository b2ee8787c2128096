using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Model.Binding;

/// <summary>Provenance of a bound record: file, object location, cmdlet, the properties present and the ones the dump cut.</summary>
public sealed record RecordSource(
    string Path,
    DumpLocation Location,
    string? Cmdlet,
    ValueList<TruncatedValue> Truncated,
    ValueList<string> PresentProperties)
{
    public static RecordSource Empty { get; } = new(string.Empty, DumpLocation.None, null, ValueList<TruncatedValue>.Empty, ValueList<string>.Empty);

    public bool IsTruncated(string property) => Truncated.Any(t => string.Equals(t.Property, property, StringComparison.OrdinalIgnoreCase));

    public bool IsPresent(string property) => PresentProperties.Contains(property, StringComparer.OrdinalIgnoreCase);
}
