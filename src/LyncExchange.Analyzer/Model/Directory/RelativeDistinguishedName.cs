using System.Collections.Immutable;
using System.Text;
using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>One RDN: usually a single <c>CN=…</c>, sometimes multi-valued (<c>CN=a+UID=b</c>), whose parts are unordered.</summary>
public sealed record RelativeDistinguishedName(ValueList<AttributeTypeAndValue> Values)
{
    public RelativeDistinguishedName(ImmutableArray<AttributeTypeAndValue> values)
        : this(new ValueList<AttributeTypeAndValue>(values))
    {
    }

    public bool IsMultiValued => Values.Count > 1;

    /// <summary>The first type (<c>CN</c>, <c>OU</c>, <c>DC</c>…).</summary>
    public string Type => Values.Count > 0 ? Values[0].Type : string.Empty;

    /// <summary>The first value, unescaped.</summary>
    public string Value => Values.Count > 0 ? Values[0].Value : string.Empty;

    public bool Equals(RelativeDistinguishedName? other) =>
        other is not null && Values.Count == other.Values.Count && Canonical() == other.Canonical();

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Canonical());

    public override string ToString()
    {
        var builder = new StringBuilder();
        AppendTo(builder, sorted: false);
        return builder.ToString();
    }

    internal void AppendTo(StringBuilder builder, bool sorted)
    {
        IEnumerable<AttributeTypeAndValue> values = Values;
        if (sorted && IsMultiValued)
        {
            // RFC 4514 §2.2: the order of a multi-valued RDN's parts is not significant.
            values = Values.OrderBy(v => v.Type, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Value, StringComparer.OrdinalIgnoreCase);
        }

        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                builder.Append('+');
            }

            value.AppendTo(builder);
            first = false;
        }
    }

    private string Canonical()
    {
        var builder = new StringBuilder();
        AppendTo(builder, sorted: true);
        return builder.ToString().ToUpperInvariant();
    }
}
