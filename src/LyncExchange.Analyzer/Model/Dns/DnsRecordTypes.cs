using System.Collections.Frozen;
using System.Globalization;

namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>Mnemonic ↔ number for record types, including the RFC 3597 <c>TYPEnnn</c> spelling.</summary>
public static class DnsRecordTypes
{
    private static readonly FrozenDictionary<string, DnsRecordType> ByMnemonic =
        Enum.GetValues<DnsRecordType>().ToFrozenDictionary(t => t.ToString(), t => t, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<DnsRecordType, string> Mnemonics =
        Enum.GetValues<DnsRecordType>().ToFrozenDictionary(t => t, t => t.ToString());

    public static string Mnemonic(DnsRecordType type) =>
        Mnemonics.TryGetValue(type, out var mnemonic) ? mnemonic : "TYPE" + ((ushort)type).ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(ReadOnlySpan<char> text, out DnsRecordType type)
    {
        if (TryParseCommon(text, out type))
        {
            return true;
        }

        if (text.Length > 4 && text[..4].Equals("TYPE", StringComparison.OrdinalIgnoreCase)
            && ushort.TryParse(text[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            type = (DnsRecordType)number;
            return true;
        }

        return ByMnemonic.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out type);
    }

    /// <summary>The types nearly every record of a large zone has, answered without hashing (same result as the table).</summary>
    private static bool TryParseCommon(ReadOnlySpan<char> text, out DnsRecordType type)
    {
        type = text.Length switch
        {
            1 when text.Equals("A", StringComparison.OrdinalIgnoreCase) => DnsRecordType.A,
            2 when text.Equals("NS", StringComparison.OrdinalIgnoreCase) => DnsRecordType.NS,
            2 when text.Equals("MX", StringComparison.OrdinalIgnoreCase) => DnsRecordType.MX,
            3 when text.Equals("SRV", StringComparison.OrdinalIgnoreCase) => DnsRecordType.SRV,
            3 when text.Equals("TXT", StringComparison.OrdinalIgnoreCase) => DnsRecordType.TXT,
            3 when text.Equals("PTR", StringComparison.OrdinalIgnoreCase) => DnsRecordType.PTR,
            4 when text.Equals("AAAA", StringComparison.OrdinalIgnoreCase) => DnsRecordType.AAAA,
            5 when text.Equals("CNAME", StringComparison.OrdinalIgnoreCase) => DnsRecordType.CNAME,
            _ => default,
        };
        return type != default;
    }
}
