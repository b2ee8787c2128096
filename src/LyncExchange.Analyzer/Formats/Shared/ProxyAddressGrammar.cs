using Sprache;

namespace LyncExchange.Analyzer.Formats.Shared;

/// <summary>
/// Exchange proxy addresses (<c>proxyAddresses</c>, <c>EmailAddresses</c>, <c>targetAddress</c>): <c>PREFIX:address</c>,
/// where the prefix is letters and digits (<c>SMTP</c>, <c>sip</c>, <c>X500</c>, <c>X400</c>, <c>EUM</c>, <c>MS</c>,
/// <c>CCMAIL</c>, <c>NOTES</c>, custom types) and everything after the first <c>:</c> is the address.
/// The address's own syntax depends on the prefix and is checked by <see cref="Model.Directory.ProxyAddress"/>.
/// EUM addresses are <c>extension;phone-context=dialplan</c> (<see cref="EumAddress"/>).
/// Initialisers run in textual order; use <c>Parse.Ref(() =&gt; X)</c> for any reference to a production declared below.
/// </summary>
internal static class ProxyAddressGrammar
{
    internal static Parser<string> Prefix { get; } =
        Parse.Char(char.IsAsciiLetterOrDigit, "prefix letter or digit").AtLeastOnce().Text().Named("address type prefix");

    internal static Parser<string> AddressText { get; } = Parse.AnyChar.AtLeastOnce().Text().Named("address");

    internal static Parser<(string Prefix, string Address)> ProxyAddress { get; } =
        from prefix in Prefix
        from colon in Parse.Char(':').Named("':'")
        from address in AddressText
        select (prefix, address);

    /// <summary><c>4255550101;phone-context=Redmond.litwareinc.com</c> or <c>ken@litwareinc.com;phone-context=…</c>.</summary>
    internal static Parser<(string Extension, string? PhoneContext)> EumAddress { get; } =
        from extension in Parse.CharExcept(';').AtLeastOnce().Text()
        from context in Parse.IgnoreCase(";phone-context=").Then(_ => Parse.AnyChar.AtLeastOnce().Text()).Optional()
        select (extension, context.GetOrDefault());

    private static Parser<(string Prefix, string Address)> ProxyAddressToEnd { get; } = ProxyAddress.End();

    private static Parser<(string Extension, string? PhoneContext)> EumAddressToEnd { get; } = EumAddress.End();

    public static bool TryParse(string text, out string prefix, out string address, out string? error)
    {
        var result = ProxyAddressToEnd.TryParse(text);
        if (result.WasSuccessful)
        {
            (prefix, address) = result.Value;
            error = null;
            return true;
        }

        prefix = address = string.Empty;
        error = DistinguishedNameGrammar.Describe(result, text);
        return false;
    }

    public static bool TryParseEum(string address, out string extension, out string? phoneContext)
    {
        var result = EumAddressToEnd.TryParse(address);
        (extension, phoneContext) = result.WasSuccessful ? result.Value : (string.Empty, null);
        return result.WasSuccessful;
    }
}
