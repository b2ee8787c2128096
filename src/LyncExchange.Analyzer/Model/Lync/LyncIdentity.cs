namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>Lync service identities: <c>Registrar:pool.contoso.com</c>, <c>TrustedApplicationPool:x</c>, <c>Site:Redmond</c>.</summary>
public static class LyncIdentity
{
    /// <summary>The part after the role prefix, or the value itself when it has none.</summary>
    public static string? StripServicePrefix(string? identity)
    {
        if (string.IsNullOrWhiteSpace(identity))
        {
            return null;
        }

        var trimmed = identity.Trim();
        var colon = trimmed.IndexOf(':');
        return colon > 0 && colon < trimmed.Length - 1 && !trimmed[..colon].Contains('.') ? trimmed[(colon + 1)..] : trimmed;
    }

    /// <summary>The role of a service identity (<c>Registrar</c> in <c>Registrar:pool</c>), or null.</summary>
    public static string? RoleOf(string? identity)
    {
        if (string.IsNullOrWhiteSpace(identity))
        {
            return null;
        }

        var colon = identity.IndexOf(':');
        return colon > 0 && !identity[..colon].Contains('.') ? identity[..colon].Trim() : null;
    }

    public static bool FqdnEquals(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim().TrimEnd('.'), b.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
}
