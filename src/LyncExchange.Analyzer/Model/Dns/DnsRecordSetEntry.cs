using System.Collections.Immutable;

namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>
/// One name of a discovery record set for a domain: what is published there (SRV records for SRV names; CNAME, A or
/// AAAA for host names), each classified, plus the lookup of the name itself (SRV, or an address following CNAMEs).
/// </summary>
public sealed record DnsRecordSetEntry(
    LyncDnsRecordKind Kind,
    DnsName Name,
    bool IsSrv,
    ImmutableArray<DnsClassifiedRecord> Records,
    DnsLookup Lookup)
{
    public bool IsPresent => !Records.IsEmpty;

    /// <summary>The environment when all published records agree, else <see cref="DnsTargetEnvironment.Unknown"/>.</summary>
    public DnsTargetEnvironment Environment =>
        Records.IsEmpty || Records.Select(r => r.Environment).Distinct().Count() != 1 ? DnsTargetEnvironment.Unknown : Records[0].Environment;
}
