using System.Globalization;
using LyncExchange.Analyzer.Formats.Shared;
using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>
/// One entry of <c>proxyAddresses</c> / <c>EmailAddresses</c>: <c>PREFIX:address</c>. The prefix's case carries
/// meaning: an all-uppercase prefix (<c>SMTP:</c>, <c>SIP:</c>) is the primary address of its type.
/// An address whose syntax does not fit its type is kept (rules must still see it) with <see cref="Problem"/> set.
/// </summary>
public sealed class ProxyAddress : IEquatable<ProxyAddress>, IDumpValue<ProxyAddress>
{
    private ProxyAddress(string prefix, string address, ProxyAddressType type, SipUri? sip, string? problem)
    {
        Prefix = prefix;
        Address = address;
        Type = type;
        Sip = sip;
        Problem = problem;
    }

    /// <summary>The prefix as written (<c>SMTP</c>, <c>smtp</c>, <c>sip</c>…).</summary>
    public string Prefix { get; }

    /// <summary>Everything after the first <c>:</c>.</summary>
    public string Address { get; }

    public ProxyAddressType Type { get; }

    /// <summary>Uppercase prefix: the primary address of its type (Exchange proxy semantics).</summary>
    public bool IsPrimary => !Prefix.AsSpan().ContainsAnyInRange('a', 'z');

    /// <summary>The SIP address of a <c>SIP:</c> entry, when it is a valid <c>user@host</c>.</summary>
    public SipUri? Sip { get; }

    /// <summary>Why the address does not fit its type (<c>SMTP:</c> without <c>@</c>…); null when it does.</summary>
    public string? Problem { get; }

    public bool IsWellFormed => Problem is null;

    public string Text => Prefix + ":" + Address;

    public static bool TryParse(string text, CultureInfo culture, out ProxyAddress value, out string? error)
    {
        var ok = TryParse(text, out var parsed, out error);
        value = parsed!;
        return ok;
    }

    /// <summary>
    /// False only when the text has no <c>PREFIX:</c> at all. A known type with a bad address still parses, with
    /// <see cref="Problem"/> set, so <paramref name="error"/> may be non-null on success.
    /// </summary>
    public static bool TryParse(string text, out ProxyAddress? value, out string? error) => TryParse(text, out value, out error, null, null);

    /// <summary>
    /// As <see cref="TryParse(string, out ProxyAddress?, out string?)"/>; a reader passes <paramref name="share"/> to
    /// reuse strings it already keeps (the <c>SMTP:</c> address is the <c>mail</c> value) and
    /// <paramref name="hostIntern"/> to keep one string per SIP domain.
    /// </summary>
    internal static bool TryParse(string text, out ProxyAddress? value, out string? error, Func<string, string>? share, Func<string, string>? hostIntern)
    {
        if (!DirectorySyntaxFastPath.TrySplitProxyAddress(text, out var prefix, out var address)
            && !ProxyAddressGrammar.TryParse(text, out prefix, out address, out error))
        {
            value = null;
            error = "not a proxy address (PREFIX:address): " + error;
            return false;
        }

        error = null;
        var type = TypeOf(prefix);
        SipUri? sip = null;
        string? problem = null;
        switch (type)
        {
            case ProxyAddressType.Smtp when !DirectorySyntaxFastPath.IsSmtpAddress(address) && !SmtpAddressGrammar.TryParse(address, out _, out _, out var smtpError):
                problem = "SMTP address is not local@domain: " + smtpError;
                break;
            case ProxyAddressType.Sip:
                // Exchange writes "sip:user@host" (the prefix doubles as the scheme); some tools add a second "sip:".
                var sipText = address.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) ? address[4..] : address;
                sip = DirectorySyntaxFastPath.TryParseSimpleSip(sipText, withScheme: false, share, hostIntern);
                if (sip is null && !SipUri.TryParseAddress(sipText, out sip, out var sipError))
                {
                    problem = "SIP address is not user@host: " + sipError;
                }

                break;
            case ProxyAddressType.X500 when !address.StartsWith('/'):
                problem = "X500 address does not start with '/'";
                break;
            case ProxyAddressType.Eum when !ProxyAddressGrammar.TryParseEum(address, out _, out _):
                problem = "EUM address is not extension;phone-context=dialplan";
                break;
        }

        value = new ProxyAddress(Intern(prefix), share is null ? address : share(address), type, sip, problem);
        error = problem;
        return true;
    }

    /// <summary>The extension and dial plan of an EUM address; null for other types.</summary>
    public (string Extension, string? PhoneContext)? Eum =>
        Type == ProxyAddressType.Eum && ProxyAddressGrammar.TryParseEum(Address, out var extension, out var context) ? (extension, context) : null;

    /// <summary>Same type and address, ignoring case (Exchange's uniqueness check); the primary flag is not compared.</summary>
    public bool Equals(ProxyAddress? other) =>
        other is not null
        && Type == other.Type
        && (Type != ProxyAddressType.Other || string.Equals(Prefix, other.Prefix, StringComparison.OrdinalIgnoreCase))
        && string.Equals(Address, other.Address, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is ProxyAddress other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Type, StringComparer.OrdinalIgnoreCase.GetHashCode(Address));

    public override string ToString() => Text;

    private static ProxyAddressType TypeOf(string prefix) => prefix.ToUpperInvariant() switch
    {
        "SMTP" => ProxyAddressType.Smtp,
        "SIP" => ProxyAddressType.Sip,
        "X500" => ProxyAddressType.X500,
        "X400" => ProxyAddressType.X400,
        "EUM" => ProxyAddressType.Eum,
        _ => ProxyAddressType.Other,
    };

    /// <summary>A million users share a handful of prefixes; keep one string of each.</summary>
    private static string Intern(string prefix) => prefix switch
    {
        "SMTP" => "SMTP",
        "smtp" => "smtp",
        "SIP" => "SIP",
        "sip" => "sip",
        "X500" => "X500",
        "x500" => "x500",
        "X400" => "X400",
        "x400" => "x400",
        "EUM" => "EUM",
        "eum" => "eum",
        _ => prefix,
    };
}
