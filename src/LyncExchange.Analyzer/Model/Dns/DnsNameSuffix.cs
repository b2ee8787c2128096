namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>
/// An ancestor of a name held as the suffix of the name's canonical text that starts at <see cref="Start"/>, so a set
/// of ancestors costs one entry each and no string. A start at the end of the text is the root.
/// </summary>
internal readonly record struct DnsNameSuffix(string Text, int Start)
{
    public static DnsNameSuffix Of(DnsName name) => new(name.Value, 0);

    public ReadOnlySpan<char> Span => Start >= Text.Length ? "." : Text.AsSpan(Start);

    public bool Equals(DnsNameSuffix other) => Span.SequenceEqual(other.Span);

    public override int GetHashCode() => string.GetHashCode(Span, StringComparison.Ordinal);
}
