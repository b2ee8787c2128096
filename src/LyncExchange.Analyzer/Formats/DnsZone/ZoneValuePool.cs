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
