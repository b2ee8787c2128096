using System.Collections.Immutable;

namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>
/// The discovery records of one domain as one view of the supplied zones sees them. <see cref="Zone"/> is the supplied
/// zone that covers the domain (null when none does: the evidence is missing, LXA0905, rather than the records).
/// </summary>
public sealed record DnsRecordSet(DnsName Domain, DnsZoneView View, DnsZone? Zone, ImmutableArray<DnsRecordSetEntry> Entries)
{
    public DnsRecordSetEntry this[LyncDnsRecordKind kind] => Entries.First(e => e.Kind == kind);

    public IEnumerable<DnsClassifiedRecord> PresentRecords => Entries.SelectMany(e => e.Records);
}
