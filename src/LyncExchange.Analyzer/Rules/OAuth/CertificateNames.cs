namespace LyncExchange.Analyzer.Rules.OAuth;

/// <summary>The DNS names a certificate carries: the Subject CN and the subject alternative names.</summary>
internal static class CertificateNames
{
    public static string? CommonName(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }

        foreach (var part in subject.Split(','))
        {
            var trimmed = part.Trim();
            if (trimmed.StartsWith("CN=", StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[3..].Trim().Trim('"');
            }
        }

        return null;
    }

    /// <summary>RULES.md LXA0506: the SIP domain matches as the name itself or a suffix of it (so a wildcard or host name counts).</summary>
    public static bool Covers(string name, string domain)
    {
        var host = name.Trim().TrimEnd('.');
        if (host.StartsWith("*.", StringComparison.Ordinal))
        {
            host = host[2..];
        }

        return host.Equals(domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);
    }
}
