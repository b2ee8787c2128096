using System.Collections.Frozen;
using System.Globalization;

namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>Mnemonic ↔ number for record types, including the RFC 3597 <c>TYPEnnn</c> spelling.</summary>
public static class DnsRecordTypes
{
    private static readonly FrozenDictionary<string, DnsRecordType> ByMnemonic =
        Enum.GetValues<DnsRecordType>().ToFrozenDictionary(t => t.ToString(), t => t, StringComparer.OrdinalIgnoreCase);

    public static string Mnemonic(DnsRecordType type) =>
        Enum.IsDefined(type) ? type.ToString() : "TYPE" + ((ushort)type).ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(ReadOnlySpan<char> text, out DnsRecordType type)
    {
        if (text.Length > 4 && text[..4].Equals("TYPE", StringComparison.OrdinalIgnoreCase)
            && ushort.TryParse(text[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            type = (DnsRecordType)number;
            return true;
        }

        return ByMnemonic.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out type);
    }
}
