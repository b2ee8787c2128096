using LyncExchange.Analyzer.Model.Directory;
using Sprache;

namespace LyncExchange.Analyzer.Formats.Shared;

/// <summary>
/// SIP URIs per RFC 3261 §19.1 and §25.1, restricted to the <c>user@host</c> form Lync addresses use:
/// <c>sip:</c>/<c>sips:</c> (any case), a user part (unreserved, <c>%XX</c>, <c>&amp;=+$,;?/</c>), <c>@</c>, a host
/// (DNS name, IPv4, or <c>[IPv6]</c>), an optional port, <c>;</c> parameters and <c>?</c> headers.
/// <see cref="Address"/> is the same without the scheme, as Exchange writes it after <c>SIP:</c> in proxyAddresses.
/// Initialisers run in textual order; use <c>Parse.Ref(() =&gt; X)</c> for any reference to a production declared below.
/// </summary>
internal static class SipUriGrammar
{
    internal static Parser<string> Scheme { get; } =
        Parse.IgnoreCase("sips").Text().Or(Parse.IgnoreCase("sip").Text())
            .Then(scheme => Parse.Char(':').Return(scheme.ToLowerInvariant()))
            .Named("'sip:'");

    internal static Parser<string> Escaped { get; } =
        Parse.Char('%').Then(_ => DistinguishedNameGrammar.HexDigit.Repeat(2).Text()).Select(hex => "%" + hex).Named("%XX");

    /// <summary>RFC 3261 <c>unreserved / user-unreserved</c>.</summary>
    internal static Parser<char> UserChar { get; } =
        Parse.Char(c => char.IsAsciiLetterOrDigit(c) || "-_.!~*'()&=+$,;?/".Contains(c), "user character");

    internal static Parser<string> User { get; } =
        UserChar.Select(c => c.ToString()).XOr(Escaped).AtLeastOnce().Select(string.Concat).Named("user part");

    internal static Parser<string> DomainLabel { get; } =
        Parse.Char(c => char.IsAsciiLetterOrDigit(c) || c == '-', "host character").AtLeastOnce().Text()
            .Where(label => label[0] != '-' && label[^1] != '-')
            .Named("domain label");

    /// <summary><c>*( domainlabel "." ) toplabel [ "." ]</c>; IPv4 addresses match it too.</summary>
    internal static Parser<string> Hostname { get; } =
        DomainLabel.DelimitedBy(Parse.Char('.'))
            .Then(labels => Parse.Char('.').Optional().Select(dot => string.Join('.', labels) + (dot.IsDefined ? "." : string.Empty)))
            .Named("host name");

    internal static Parser<string> Ipv6Reference { get; } =
        from open in Parse.Char('[')
        from address in Parse.Char(c => char.IsAsciiHexDigit(c) || c is ':' or '.', "IPv6 character").AtLeastOnce().Text()
        from close in Parse.Char(']')
        select "[" + address + "]";

    internal static Parser<string> Host { get; } = Ipv6Reference.XOr(Hostname).Named("host");

    internal static Parser<int> Port { get; } =
        Parse.Char(':').Then(_ => Parse.Digit.Repeat(1, 5).Text())
            .Select(int.Parse)
            .Where(port => port <= 65535)
            .Named("port");

    internal static Parser<string> Parameters { get; } =
        Parse.Char(';').Then(_ => Parse.Char(c => c is not ('?' or ' ' or '\t'), "parameter character").Many().Text())
            .Select(p => ";" + p)
            .Many()
            .Select(string.Concat);

    internal static Parser<string> Headers { get; } =
        Parse.Char('?').Then(_ => Parse.AnyChar.Except(Parse.WhiteSpace).Many().Text()).Select(h => "?" + h);

    /// <summary><c>user@host[:port][;params][?headers]</c> without a scheme.</summary>
    internal static Parser<SipUri> Address { get; } =
        from user in User
        from at in Parse.Char('@').Named("'@'")
        from host in Host
        from port in Port.Optional()
        from parameters in Parameters
        from headers in Headers.Optional()
        select new SipUri("sip", user, host, port.IsDefined ? port.Get() : null, parameters + headers.GetOrElse(string.Empty), hasScheme: false);

    internal static Parser<SipUri> Uri { get; } =
        from scheme in Scheme
        from address in Address
        select address.WithScheme(scheme);

    public static bool TryParseUri(string text, out SipUri? uri, out string? error) => TryParse(UriToEnd, text, out uri, out error);

    public static bool TryParseAddress(string text, out SipUri? uri, out string? error) => TryParse(AddressToEnd, text, out uri, out error);

    private static Parser<SipUri> UriToEnd { get; } = Uri.End();

    private static Parser<SipUri> AddressToEnd { get; } = Address.End();

    private static bool TryParse(Parser<SipUri> parser, string text, out SipUri? uri, out string? error)
    {
        var result = parser.TryParse(text.Trim());
        if (result.WasSuccessful)
        {
            uri = result.Value;
            error = null;
            return true;
        }

        uri = null;
        error = DistinguishedNameGrammar.Describe(result, text.Trim());
        return false;
    }
}
