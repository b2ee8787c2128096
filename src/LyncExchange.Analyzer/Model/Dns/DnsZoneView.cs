namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>
/// Which side of a split-brain DNS a zone file shows. Taken from the file's path (see <see cref="DnsZoneViews.FromPath"/>):
/// customers send the same zone twice, once from the internal DNS servers and once from the public provider.
/// </summary>
public enum DnsZoneView
{
    /// <summary>The path says nothing; the zone answers for both sides.</summary>
    Unspecified,
    Internal,
    External,
}
