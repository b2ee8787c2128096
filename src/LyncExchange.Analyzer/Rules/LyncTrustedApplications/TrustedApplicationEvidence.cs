namespace LyncExchange.Analyzer.Rules.LyncTrustedApplications;

/// <summary>The commands that create OWA's trusted application, as JJ688055 gives them.</summary>
internal static class TrustedApplicationEvidence
{
    public static string CreatePoolAndApplication(string owaFqdn, string registrar, string site) =>
        $"New-CsTrustedApplicationPool -Identity {owaFqdn} -Registrar {registrar} -Site {site} -RequiresReplication $False; "
        + $"New-CsTrustedApplication -ApplicationId OutlookWebApp -TrustedApplicationPoolFqdn {owaFqdn} -Port 5199; Enable-CsTopology";
}
