namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>
/// What every record of one zone read from one file has in common: the zone, the file the zone was read from and the
/// file the record is written in (an <c>$INCLUDE</c>d one for included records). Held once per zone and file instead
/// of three references in each of millions of records.
/// </summary>
internal sealed record ResourceRecordSite(DnsName ZoneOrigin, string ZoneFile, string Path)
{
    public static ResourceRecordSite Empty { get; } = new(default, string.Empty, string.Empty);
}
