using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Model.Binding;

/// <summary>A property whose value the dump cut short: its name, the last characters before the cut, and where.</summary>
public sealed record TruncatedValue(string Property, string Tail, DumpLocation Location)
{
    public static TruncatedValue From(Dumps.DumpProperty property)
    {
        var text = property.Value.AsText() ?? string.Empty;
        var tail = text.Length <= 30 ? text : "…" + text[^30..];
        return new TruncatedValue(property.Name, tail, property.ValueLocation);
    }
}
