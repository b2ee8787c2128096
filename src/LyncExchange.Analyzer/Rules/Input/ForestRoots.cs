using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules.Input;

/// <summary>
/// The Active Directory forests the dumps come from, told by the last two <c>DC=</c> components of every distinguished
/// name they carry (child domains of one forest share them). Two forests in one dump set usually mean a dump of another
/// customer or another lab slipped in (RULES.md LXA0906).
/// </summary>
internal static class ForestRoots
{
    public static IReadOnlyList<(string Root, IDumpRecord Example, DumpLocation Location)> Of(DeploymentModel deployment)
    {
        var seen = new Dictionary<string, (IDumpRecord Example, DumpLocation Location)>(StringComparer.OrdinalIgnoreCase);
        void Add(string? dn, IDumpRecord record, DumpLocation location)
        {
            if (RootOf(dn) is { } root && !seen.ContainsKey(root))
            {
                seen[root] = (record, location.IsNone ? record.Source.Location : location);
            }
        }

        foreach (var o in deployment.All<DirectoryObject>())
        {
            Add(o.DistinguishedName.Text, o, o.Source.Location);
        }

        foreach (var u in deployment.All<CsUser>())
        {
            Add(u.Identity, u, u.Locations.Identity);
        }

        foreach (var s in deployment.All<ExchangeServer>())
        {
            Add(s.DistinguishedName, s, s.Locations.DistinguishedName);
        }

        foreach (var v in deployment.All<OwaVirtualDirectory>())
        {
            Add(v.DistinguishedName, v, v.Locations.DistinguishedName);
        }

        foreach (var m in deployment.All<Mailbox>())
        {
            Add(m.DistinguishedName, m, m.Locations.DistinguishedName);
        }

        return [.. seen.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => (p.Key, p.Value.Example, p.Value.Location))];
    }

    /// <summary><c>DC=contoso,DC=com</c> of <c>CN=x,OU=y,DC=emea,DC=contoso,DC=com</c>; null when the text has fewer than two DC parts.</summary>
    public static string? RootOf(string? dn)
    {
        if (string.IsNullOrWhiteSpace(dn))
        {
            return null;
        }

        var dcs = dn.Split(',')
            .Select(p => p.Trim())
            .Where(p => p.StartsWith("DC=", StringComparison.OrdinalIgnoreCase))
            .Select(p => p[3..].ToLowerInvariant())
            .ToList();
        return dcs.Count < 2 ? null : "DC=" + dcs[^2] + ",DC=" + dcs[^1];
    }
}
