using System.Collections.Immutable;

namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>
/// The result of looking a name up in the supplied zones: the answer records, the CNAME/DNAME records followed to get
/// there (in order), the last name reached, and the zone that answered.
/// </summary>
public sealed record DnsLookup(
    DnsName Name,
    DnsRecordType Type,
    DnsLookupStatus Status,
    ImmutableArray<ResourceRecord> Answers,
    ImmutableArray<ResourceRecord> Chain,
    DnsName FinalName,
    DnsZone? Zone)
{
    public bool IsFound => Status == DnsLookupStatus.Found;

    /// <summary>The final name exists in a supplied zone (found, or present with other types).</summary>
    public bool ResolvesInsideSuppliedZones => Status is DnsLookupStatus.Found or DnsLookupStatus.NoData;
}
