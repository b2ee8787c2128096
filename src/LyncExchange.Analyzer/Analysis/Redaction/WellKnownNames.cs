using System.Collections.Frozen;

namespace LyncExchange.Analyzer.Analysis.Redaction;

/// <summary>
/// Names that are Microsoft's, not the customer's: they stay clear so a redacted report still says
/// "federation with sipfed.online.lync.com" and "partner application 00000002-0000-0ff1-ce00-000000000000".
/// </summary>
public static class WellKnownNames
{
    /// <summary>A host equal to one of these or below it (<c>x.online.lync.com</c>) is kept.</summary>
    private static readonly string[] DomainSuffixes =
    [
        "online.lync.com", "lync.com", "outlook.com", "office365.com", "office.com", "microsoft.com",
        "microsoftonline.com", "windows.net", "live.com", "skype.com", "sharepoint.com", "onmicrosoft.com",
        "msft.net", "aka.ms", "rfc-editor.org", "w3.org", "oasis-open.org", "schemas.microsoft.com",
    ];

    /// <summary>Example domains (RFC 2606/6761) and our own pseudonym space are never customer data.</summary>
    private static readonly string[] ReservedSuffixes = ["example", "example.com", "example.net", "example.org", "invalid", "test", "localhost"];

    /// <summary>First-party application IDs of Exchange, Lync/Skype and SharePoint Online, and ACS's well-known principal.</summary>
    private static readonly FrozenSet<string> Guids = new[]
    {
        "00000002-0000-0ff1-ce00-000000000000",
        "00000003-0000-0ff1-ce00-000000000000",
        "00000004-0000-0ff1-ce00-000000000000",
        "00000005-0000-0ff1-ce00-000000000000",
        "00000007-0000-0ff1-ce00-000000000000",
        "00000001-0000-0000-c000-000000000000",
        "00000000-0000-0000-0000-000000000000",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Directory and IIS names every Exchange/Lync deployment has; redacting them only makes reports unreadable.</summary>
    private static readonly FrozenSet<string> Words = new[]
    {
        "Default", "Default Web Site", "Exchange Back End", "owa", "ecp", "Global", "Microsoft Exchange", "Services",
        "Configuration", "Servers", "Administrative Groups", "Exchange Administrative Group (FYDIBOHF23SPDLT)",
        "FYDIBOHF23SPDLT", "Users", "Sites", "Default-First-Site-Name", "Schema", "Protocols", "HTTP", "Computers", "RTC Service", "Pools", "owa (Default Web Site)", "owa (Exchange Back End)", "ecp (Default Web Site)",
        "ecp (Exchange Back End)", "EWS (Default Web Site)", "EWS (Exchange Back End)", "Autodiscover (Default Web Site)",
        "Microsoft-Server-ActiveSync (Default Web Site)", "OAB (Default Web Site)", "mapi (Default Web Site)", "PowerShell (Default Web Site)", "Builtin", "System", "Program Files", "Microsoft", "Exchange", "Lync", "Server", "V15",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsWellKnownHost(string host)
    {
        foreach (var suffix in DomainSuffixes)
        {
            if (IsAtOrBelow(host, suffix))
            {
                return true;
            }
        }

        foreach (var suffix in ReservedSuffixes)
        {
            if (IsAtOrBelow(host, suffix))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsWellKnownGuid(string guid) => Guids.Contains(guid);

    public static bool IsWellKnownWord(string word) => Words.Contains(word);

    private static bool IsAtOrBelow(string host, string suffix) =>
        host.Equals(suffix, StringComparison.OrdinalIgnoreCase)
        || (host.Length > suffix.Length && host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && host[^(suffix.Length + 1)] == '.');
}
