using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using LyncExchange.Analyzer.Formats.Shared;
using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>
/// An RFC 4514 distinguished name. Two DNs are equal when their RDNs are, compared case-insensitively and with
/// escapes resolved (<c>CN=a\2Cb</c> = <c>cn=A\,B</c>), multi-valued RDNs in any order.
/// Only the text and its canonical form are kept (the same string when the DN was already canonical, as nearly
/// every AD DN is); the RDNs are parsed again on demand, because a million users cannot each carry a parse tree.
/// </summary>
public sealed class DistinguishedName : IEquatable<DistinguishedName>, IDumpValue<DistinguishedName>
{
    private readonly string _canonical;

    private DistinguishedName(string text, string canonical, bool isWellFormed)
    {
        Text = text;
        _canonical = canonical;
        IsWellFormed = isWellFormed;
    }

    /// <summary>The DN as the dump wrote it.</summary>
    public string Text { get; }

    /// <summary>False for a DN kept verbatim because it did not parse (an unexpanded template such as <c>${CONFIGDN}</c>).</summary>
    public bool IsWellFormed { get; }

    /// <summary>RDNs from the leaf (<c>CN=Ken Myer</c>) to the root (<c>DC=com</c>); empty when not well-formed.</summary>
    public ImmutableArray<RelativeDistinguishedName> Rdns =>
        IsWellFormed && DistinguishedNameGrammar.TryParse(Text, out var rdns, out _) ? rdns : [];

    /// <summary>The leaf RDN's first value (the <c>CN</c> of a user), or null for the empty DN.</summary>
    public string? LeafValue => Rdns is { Length: > 0 } rdns ? rdns[0].Value : null;

    /// <summary>The container: the DN without its leaf RDN; null for the empty DN or a verbatim one.</summary>
    public DistinguishedName? Parent
    {
        get
        {
            var rdns = Rdns;
            return rdns.Length == 0 ? null : FromRdns(rdns[1..]);
        }
    }

    /// <summary>The canonical RFC 4514 text (minimal escaping, multi-valued RDNs sorted), used for equality.</summary>
    public string Canonical => _canonical;

    public static bool TryParse(string text, CultureInfo culture, out DistinguishedName value, out string? error) =>
        TryParse(text, out value, out error);

    public static bool TryParse(string text, out DistinguishedName value, out string? error)
    {
        if (DirectorySyntaxFastPath.IsSimpleDistinguishedName(text))
        {
            value = new DistinguishedName(text, text, true);
            error = null;
            return true;
        }

        if (!DistinguishedNameGrammar.TryParse(text, out var rdns, out error))
        {
            value = Verbatim(text);
            return false;
        }

        var canonical = Serialize(rdns, sorted: true);
        value = new DistinguishedName(text, string.Equals(canonical, text, StringComparison.Ordinal) ? text : canonical, true);
        return true;
    }

    /// <summary>Keeps text that is not a DN (a template placeholder, a broken export) comparable by its trimmed text.</summary>
    public static DistinguishedName Verbatim(string text) => new(text, text.Trim(), false);

    public static DistinguishedName FromRdns(IEnumerable<RelativeDistinguishedName> rdns)
    {
        var list = rdns.ToImmutableArray();
        var text = Serialize(list, sorted: false);
        var canonical = Serialize(list, sorted: true);
        return new DistinguishedName(text, string.Equals(canonical, text, StringComparison.Ordinal) ? text : canonical, true);
    }

    /// <summary>True when this DN is <paramref name="ancestor"/> or lies under it (<c>CN=x,CN=Pools,…</c> under <c>CN=Pools,…</c>).</summary>
    public bool IsUnder(DistinguishedName ancestor)
    {
        if (!IsWellFormed || !ancestor.IsWellFormed)
        {
            return false;
        }

        if (ancestor._canonical.Length == 0)
        {
            return true;
        }

        return _canonical.Length >= ancestor._canonical.Length
            && _canonical.EndsWith(ancestor._canonical, StringComparison.OrdinalIgnoreCase)
            && (_canonical.Length == ancestor._canonical.Length || IsRdnBoundary(_canonical, _canonical.Length - ancestor._canonical.Length - 1));
    }

    public bool Equals(DistinguishedName? other) =>
        other is not null && string.Equals(_canonical, other._canonical, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is DistinguishedName other && Equals(other);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_canonical);

    public static bool operator ==(DistinguishedName? left, DistinguishedName? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(DistinguishedName? left, DistinguishedName? right) => !(left == right);

    public override string ToString() => Text;

    private static string Serialize(ImmutableArray<RelativeDistinguishedName> rdns, bool sorted)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < rdns.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            rdns[i].AppendTo(builder, sorted);
        }

        return builder.ToString();
    }

    /// <summary>A ',' that separates RDNs, not an escaped one (an odd number of backslashes before it escapes it).</summary>
    private static bool IsRdnBoundary(string canonical, int index)
    {
        if (index < 0 || canonical[index] != ',')
        {
            return false;
        }

        var backslashes = 0;
        for (var i = index - 1; i >= 0 && canonical[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 0;
    }
}
