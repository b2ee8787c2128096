namespace LyncExchange.Analyzer.Rules.ExchangeOwa;

/// <summary>The collection commands the OWA rules name when their per-server evidence is missing.</summary>
internal static class OwaEvidence
{
    public const string WebConfigCommand =
        "Copy-Item \"$env:ExchangeInstallPath\\ClientAccess\\Owa\\web.config\" \"$env:COMPUTERNAME-web.config\"   # on each Exchange 2013 Mailbox server";

    public const string CertificateCommand =
        "Get-ExchangeCertificate -Server <server> | Format-List * | Out-File -Encoding utf8 <server>_Get-ExchangeCertificate.txt";

    public const string RegistryCommand =
        "reg export \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\MSExchange OWA\\InstantMessaging\" %COMPUTERNAME%-OwaIm.reg   # on each Mailbox server";

    public const string RecycleOwaPool =
        "%windir%\\system32\\inetsrv\\appcmd.exe recycle apppool /apppool.name:\"MSExchangeOWAAppPool\"";
}
