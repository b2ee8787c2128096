using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>
/// One shared copy of RDATA values that zones repeat thousands of times (MX and SRV targets, CNAME targets, SPF
/// strings), so a kept record holds a reference instead of its own string. Bounded: a zone of unique values stops
/// adding once full and costs only the lookups.
/// </summary>
internal sealed class ZoneValuePool
{
    private const int MaxEntries = 16 * 1024;

    private readonly Dictionary<string, DnsName> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>RDATA names as written (<c>dc5</c>, <c>mail3.contoso.com.</c>) to the name they mean under <see cref="_writtenOrigin"/>.</summary>
    private readonly Dictionary<string, DnsName> _written = new(StringComparer.Ordinal);
    private DnsName? _writtenOrigin;

    public DnsName Share(DnsName name)
    {
        if (_names.TryGetValue(name.Value, out var shared))
        {
            return shared;
        }

        if (_names.Count < MaxEntries)
        {
            _names.Add(name.Value, name);
        }

        return name;
    }

    /// <summary>
    /// Parses a name as <see cref="DnsName.TryParse"/> does, answering a spelling seen before under the same origin from
    /// the pool without parsing or allocating. False (and nothing remembered) for text that is not a name.
    /// </summary>
    public bool TryParseName(ReadOnlySpan<char> text, DnsName? origin, out DnsName name)
    {
        if (origin != _writtenOrigin)
        {
            _written.Clear();
            _writtenOrigin = origin;
        }

        if (_written.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out name))
        {
            return true;
        }

        if (!DnsName.TryParse(text, origin, out name, out _))
        {
            return false;
        }

        name = Share(name);
        if (_written.Count < MaxEntries)
        {
            _written.Add(text.ToString(), name);
        }

        return true;
    }

    /// <summary>The shared copy of <paramref name="value"/>, allocating only for text not seen before.</summary>
    public string Share(ReadOnlySpan<char> value)
    {
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var shared))
        {
            return shared;
        }

        var text = value.ToString();
        if (_strings.Count < MaxEntries)
        {
            _strings.Add(text, text);
        }

        return text;
    }

    public string Share(string value)
    {
        if (_strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (_strings.Count < MaxEntries)
        {
            _strings.Add(value, value);
        }

        return value;
    }
}
