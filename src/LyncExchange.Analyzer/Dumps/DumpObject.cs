using System.Collections.Immutable;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Dumps;

/// <summary>
/// The format-neutral form every reader produces: an object with its type names (when the format keeps
/// them), the cmdlet that produced it (when known), and its properties in dump order with their locations.
/// </summary>
public sealed record DumpObject
{
    public required string SourcePath { get; init; }

    public required DumpLocation Location { get; init; }

    public ImmutableArray<string> TypeNames { get; init; } = [];

    /// <summary>The cmdlet, when the reader could tell it (a transcript prompt line); the engine may fill it in later.</summary>
    public string? Cmdlet { get; init; }

    /// <summary>How <see cref="Cmdlet"/> was decided: <c>type-name</c>, <c>transcript</c>, <c>file-name</c>, <c>signature</c>.</summary>
    public string? CmdletDecidedBy { get; init; }

    public ImmutableArray<DumpProperty> Properties { get; init; } = [];

    /// <summary>The object's own text when it has one (CliXml <c>ToString</c>).</summary>
    public string? Text { get; init; }

    public DumpProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property;
            }
        }

        return null;
    }

    public bool Equals(DumpObject? other) =>
        other is not null
        && SourcePath == other.SourcePath
        && Location == other.Location
        && TypeNames.SequenceEqual(other.TypeNames)
        && Cmdlet == other.Cmdlet
        && Properties.SequenceEqual(other.Properties)
        && Text == other.Text;

    public override int GetHashCode() => HashCode.Combine(SourcePath, Location, Properties.Length);

    public override string ToString() => Text ?? $"{Cmdlet ?? TypeNames.FirstOrDefault() ?? "object"} at {Location}";
}
