using System.Globalization;
using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>
/// What Windows DNS Server files (<c>%SystemRoot%\System32\dns\&lt;zone&gt;.dns</c>, <c>dnscmd /ZoneExport</c>) add to RFC 1035:
/// no <c>$ORIGIN</c> (the zone is named by the header comment or the file name), <c>[AGE:n]</c> aging tags, and the SOA
/// minimum used as the zone's default TTL. See formats.md §5.2.
/// </summary>
internal static class WindowsZoneConventions
{
    private static readonly DateTime AgingEpoch = new(1601, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary><c>[AGE:3632171]</c> → the refresh time (hours since 1601-01-01 UTC).</summary>
    public static bool TryParseAge(ReadOnlySpan<char> token, out DateTime timestamp)
    {
        timestamp = default;
        if (token.Length < 7 || !token.StartsWith("[AGE:", StringComparison.OrdinalIgnoreCase) || token[^1] != ']')
        {
            return false;
        }

        if (!long.TryParse(token.Slice(5, token.Length - 6), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || hours > (long)(DateTime.MaxValue - AgingEpoch).TotalHours)
        {
            return false;
        }

        timestamp = AgingEpoch.AddHours(hours);
        return true;
    }

    /// <summary>
    /// The zone named in a header comment: <c>Database file x.dns for contoso.com zone.</c> or, from Windows Server 2016,
    /// <c>Database file x.dns for Default zone scope in zone contoso.com.</c>
    /// </summary>
    public static bool TryParseHeaderZone(string comment, out DnsName zone)
    {
        zone = DnsName.Root;
        var text = comment.AsSpan().Trim();
        if (!text.StartsWith("Database file ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> name;
        var inZone = text.LastIndexOf(" in zone ", StringComparison.OrdinalIgnoreCase);
        if (inZone >= 0)
        {
            name = text[(inZone + " in zone ".Length)..].TrimEnd('.');
        }
        else
        {
            var forIndex = text.IndexOf(" for ", StringComparison.OrdinalIgnoreCase);
            // "... for zone." overlaps the two markers (afl++ found the slice that then ran backwards).
            if (forIndex < 0 || !text.EndsWith(" zone.", StringComparison.OrdinalIgnoreCase) || forIndex + " for ".Length > text.Length - " zone.".Length)
            {
                return false;
            }

            name = text[(forIndex + " for ".Length)..^" zone.".Length];
        }

        name = name.Trim();
        return name.Length > 0 && name.IndexOfAny(' ', '\t') < 0 && DnsName.TryParse(string.Concat(name, "."), null, out zone, out _);
    }

    /// <summary><c>contoso.com.dns</c>, <c>db.contoso.com</c> and <c>contoso.com.zone</c> name the zone <c>contoso.com</c>.</summary>
    public static bool TryParseFileNameZone(string fileName, out DnsName zone)
    {
        zone = DnsName.Root;
        var name = fileName;
        if (name.EndsWith(".dns", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^4];
        }
        else if (name.EndsWith(".zone", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^5];
        }
        else if (name.StartsWith("db.", StringComparison.OrdinalIgnoreCase))
        {
            name = name[3..];
        }
        else
        {
            return false;
        }

        // Split-brain copies are often named contoso.com.internal.dns: the view marker is not part of the zone.
        foreach (var marker in (string[])[".internal", ".external", "-internal", "-external", "_internal", "_external"])
        {
            if (name.EndsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^marker.Length];
            }
        }

        return name.Contains('.') && !name.EndsWith('.') && !name.Contains(' ') && DnsName.TryParse(name + ".", null, out zone, out _);
    }
}
