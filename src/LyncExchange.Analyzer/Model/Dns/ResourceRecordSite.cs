namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>
/// What every record of one zone read from one file has in common: the zone, the file the zone was read from and the
/// file the record is written in (an <c>$INCLUDE</c>d one for included records). Held once per zone and file instead
/// of three references in each of millions of records. <see cref="Column"/> (always 1 for records read from a zone) and
/// <see cref="OtherAging"/> (an aging stamp that is not whole UTC hours, never read from a zone) are here so a record
/// need not carry them.
/// </summary>
internal sealed record ResourceRecordSite(DnsName ZoneOrigin, string ZoneFile, string Path)
{
    /// <summary>The site of a record built without a location: column 0, as <see cref="Text.DumpLocation.None"/> has it.</summary>
    public static ResourceRecordSite Empty { get; } = new(default, string.Empty, string.Empty) { Column = 0 };

    public int Column { get; init; } = 1;

    public DateTime? OtherAging { get; init; }
}
