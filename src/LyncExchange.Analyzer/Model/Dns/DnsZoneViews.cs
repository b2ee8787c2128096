namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>
/// The naming convention for split-brain zones: a path segment (folder or file name, the deepest one first) containing
/// <c>internal</c> marks the internal view, <c>external</c> the external one, compared case-insensitively.
/// <c>dns/internal/contoso.com.dns</c> and <c>dns/contoso.com.external.zone</c> are both recognised.
/// </summary>
public static class DnsZoneViews
{
    public static DnsZoneView FromPath(string path)
    {
        var segments = path.Split(['/', '\\', '!'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            var internalHit = segments[i].Contains("internal", StringComparison.OrdinalIgnoreCase);
            var externalHit = segments[i].Contains("external", StringComparison.OrdinalIgnoreCase);
            if (internalHit != externalHit)
            {
                return internalHit ? DnsZoneView.Internal : DnsZoneView.External;
            }
        }

        return DnsZoneView.Unspecified;
    }
}
