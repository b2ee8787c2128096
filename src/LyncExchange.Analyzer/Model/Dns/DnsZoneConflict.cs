using System.Collections.Immutable;

namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>
/// The same zone supplied more than once for the same view (two unlabelled copies of contoso.com, say). The copies are
/// kept apart, never merged; lookups use the first by path and the conflict is exposed for an LXA0906 finding.
/// </summary>
public sealed record DnsZoneConflict(DnsName Origin, DnsZoneView View, ImmutableArray<DnsZone> Zones);
