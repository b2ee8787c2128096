using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Rules.Dns;

/// <summary>
/// The Windows DNS (DnsServer module) commands that repoint a Lync record, filled in with the customer's zone, names and,
/// where the zone shows them, the on-premises Access Edge. The cmdlet syntax is [pk] (RULES.md LXA0101).
/// </summary>
internal static class LyncDnsFixes
{
    /// <summary>Replace <paramref name="record"/> by the KB 2566790 value.</summary>
    public static string ToOnline(DnsZone zone, LyncDnsRecordSpec spec, DnsName name, ResourceRecord? record)
    {
        var add = spec.IsSrv
            ? DnsEvidence.AddSrvCommand(zone, name, spec.OnlineTarget!.Value, spec.Port, priority: 100, weight: 1, hourTtl: true)
            : DnsEvidence.AddCnameCommand(zone, name, spec.OnlineTarget!.Value.Display, hourTtl: true);
        return record is null ? add : DnsEvidence.RemoveCommand(zone, record) + "; " + add;
    }

    /// <summary>Replace <paramref name="record"/> by one that points at the on-premises Access Edge or reverse proxy.</summary>
    public static string ToOnPrem(DnsRecordSet set, DnsZone zone, LyncDnsRecordSpec spec, DnsName name, ResourceRecord? record)
    {
        var edge = AccessEdge(set);
        string add;
        if (spec.IsSrv)
        {
            add = DnsEvidence.AddSrvCommand(zone, name, edge, spec.Port);
        }
        else if (spec.Kind is LyncDnsRecordKind.LyncDiscover or LyncDnsRecordKind.LyncDiscoverInternal)
        {
            add = DnsEvidence.AddCnameCommand(zone, name, "<reverse proxy FQDN of the external web services>");
        }
        else if (edge == name)
        {
            add = $"Add-DnsServerResourceRecordA -ZoneName {zone.Origin.Display} -Name {DnsEvidence.RelativeName(name, zone)} -IPv4Address <Access Edge external IP>";
        }
        else
        {
            add = DnsEvidence.AddCnameCommand(zone, name, edge.Display);
        }

        return record is null ? add : DnsEvidence.RemoveCommand(zone, record) + "; " + add;
    }

    /// <summary>
    /// The Access Edge FQDN the zone already names: the target of an on-premises SIP SRV record of the set, else
    /// <c>sip.D</c> (the name JJ205025 gives it).
    /// </summary>
    public static DnsName AccessEdge(DnsRecordSet set)
    {
        foreach (var entry in set.Entries.Where(e => e.IsSrv))
        {
            foreach (var record in entry.Records.Where(r => r.Environment == DnsTargetEnvironment.OnPrem))
            {
                if (record.Record.Data is SrvData srv && !srv.IsServiceUnavailable)
                {
                    return srv.Target;
                }
            }
        }

        return set.Domain.Prepend("sip") ?? set.Domain;
    }
}
