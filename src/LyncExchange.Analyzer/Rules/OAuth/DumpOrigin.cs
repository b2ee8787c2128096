namespace LyncExchange.Analyzer.Rules.OAuth;

/// <summary>
/// Which server a per-server dump (Get-CsCertificate, Get-ExchangeCertificate) was taken on: the record's own
/// <c>Server</c> value, else the folder the file sits in, else the file-name prefix before the cmdlet
/// (<c>FE01_Get-CsCertificate.txt</c>), else the file itself.
/// </summary>
internal static class DumpOrigin
{
    public static string ServerOf(string? server, string sourcePath)
    {
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server.Trim();
        }

        var path = sourcePath.Replace('\\', '/');
        var slash = path.LastIndexOf('/');
        var file = slash >= 0 ? path[(slash + 1)..] : path;
        var cmdlet = file.IndexOf("Get-", StringComparison.OrdinalIgnoreCase);
        if (cmdlet > 0)
        {
            var prefix = file[..cmdlet].TrimEnd('_', '-', '.', ' ');
            if (prefix.Length > 0)
            {
                return prefix;
            }
        }

        if (slash > 0)
        {
            var folder = path[..slash];
            var parent = folder.LastIndexOf('/');
            return parent >= 0 ? folder[(parent + 1)..] : folder;
        }

        return sourcePath;
    }

    /// <summary>Whether an origin names a server: equal to its short name or FQDN, or the FQDN's first label.</summary>
    public static bool Names(string origin, string? serverName, string? fqdn) =>
        (serverName is not null && origin.Equals(serverName.Trim(), StringComparison.OrdinalIgnoreCase))
        || (fqdn is not null && (origin.Equals(fqdn.Trim(), StringComparison.OrdinalIgnoreCase)
            || origin.Equals(fqdn.Trim().Split('.')[0], StringComparison.OrdinalIgnoreCase)));
}
