using Sprache;

namespace LyncExchange.Analyzer.Formats.Shared;

/// <summary>
/// SMTP addresses as directories hold them (<c>mail</c>, <c>SMTP:</c> proxies, UPNs): <c>local@domain</c>.
/// Deliberately looser than RFC 5321: the local part is any run of non-space characters without <c>@</c> or
/// address punctuation, the domain a dot-separated run of the same (templates such as <c>${DNSDOMAIN}</c> stay readable);
/// rules that care about routability check the domain themselves.
/// Initialisers run in textual order; use <c>Parse.Ref(() =&gt; X)</c> for any reference to a production declared below.
/// </summary>
internal static class SmtpAddressGrammar
{
    private static bool IsAddressChar(char c) =>
        !char.IsWhiteSpace(c) && !char.IsControl(c) && c is not ('@' or '<' or '>' or '(' or ')' or ',' or ';' or ':' or '\\' or '"' or '[' or ']');

    internal static Parser<string> LocalPart { get; } =
        Parse.Char(IsAddressChar, "local-part character").AtLeastOnce().Text().Named("local part");

    internal static Parser<string> DomainLabel { get; } =
        Parse.Char(c => IsAddressChar(c) && c != '.', "domain character").AtLeastOnce().Text().Named("domain label");

    internal static Parser<string> Domain { get; } =
        DomainLabel.DelimitedBy(Parse.Char('.')).Select(labels => string.Join('.', labels)).Named("domain");

    internal static Parser<(string Local, string Domain)> Address { get; } =
        from local in LocalPart
        from at in Parse.Char('@').Named("'@'")
        from domain in Domain
        select (local, domain);

    private static Parser<(string Local, string Domain)> AddressToEnd { get; } = Address.End();

    public static bool TryParse(string text, out string local, out string domain, out string? error)
    {
        var result = AddressToEnd.TryParse(text);
        if (result.WasSuccessful)
        {
            (local, domain) = result.Value;
            error = null;
            return true;
        }

        local = domain = string.Empty;
        error = DistinguishedNameGrammar.Describe(result, text);
        return false;
    }
}
