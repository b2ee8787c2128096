namespace LyncExchange.Analyzer.Deployment.Topology;

/// <summary>Host-name comparisons of DNS names and server names: case-insensitive, trailing dot ignored, short name vs FQDN.</summary>
public static class HostName
{
    public static string? Normalize(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim().TrimEnd('.').ToLowerInvariant();

    public static bool AreEqual(string? a, string? b) =>
        Normalize(a) is { } left && left == Normalize(b);

    /// <summary>The first label: <c>ex01</c> of <c>ex01.contoso.com</c>.</summary>
    public static string? ShortName(string? name) =>
        Normalize(name) is { } n ? n.Split('.')[0] : null;

    /// <summary>True when a certificate name covers a host; a wildcard matches exactly one left-most label.</summary>
    public static bool IsCoveredBy(string host, string certificateName)
    {
        var h = Normalize(host);
        var c = Normalize(certificateName);
        if (h is null || c is null)
        {
            return false;
        }

        if (c.StartsWith("*.", StringComparison.Ordinal))
        {
            var dot = h.IndexOf('.');
            return dot > 0 && h[(dot + 1)..] == c[2..];
        }

        return h == c;
    }
}
