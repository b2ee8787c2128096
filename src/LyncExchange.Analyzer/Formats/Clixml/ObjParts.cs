using System.Collections.Immutable;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Clixml;

/// <summary>What one CliXml <c>Obj</c> held, before it is decided whether it is an enum, a list, a boxed primitive or an object.</summary>
internal sealed class ObjParts
{
    public ImmutableArray<string> TypeNames { get; set; } = [];

    public string? ToStringText { get; set; }

    public List<DumpProperty> Properties { get; } = [];

    public ImmutableArray<DumpValue>? Items { get; set; }

    public DumpValue? Primitive { get; set; }

    public bool IsEnum => TypeNames.Any(t => t is "System.Enum" or "Deserialized.System.Enum");

    public DumpValue ToValue(string path, DumpLocation location)
    {
        if (IsEnum)
        {
            // The member name is what every other format shows; the number stays available for flags checks.
            return new DumpValue
            {
                Kind = DumpValueKind.Scalar,
                Text = ToStringText ?? Primitive?.Text,
                Location = location,
                IsInvariant = true,
                PrimitiveType = "Enum",
            };
        }

        if (Items is { } items)
        {
            return DumpValue.Collection(items, location) with { IsInvariant = true, PrimitiveType = "LST" };
        }

        if (Primitive is { } primitive && Properties.Count == 0)
        {
            return primitive with { Location = location };
        }

        return new DumpValue
        {
            Kind = DumpValueKind.Object,
            Text = ToStringText,
            Object = ToDumpObject(path, location),
            Location = location,
            IsInvariant = true,
        };
    }

    public DumpObject ToDumpObject(string path, DumpLocation location)
    {
        var properties = Properties;
        if (Items is { } items && properties.Count == 0)
        {
            // A top-level list (rare: Export-Clixml of a collection object) keeps its items under one property.
            properties = [new DumpProperty("Items", DumpValue.Collection(items, location) with { IsInvariant = true }, location)];
        }

        return new DumpObject
        {
            SourcePath = path,
            Location = location,
            TypeNames = TypeNames,
            Properties = [.. properties],
            Text = ToStringText ?? (IsEnum ? Primitive?.Text : null) ?? (Properties.Count == 0 ? Primitive?.AsText() : null),
        };
    }
}
