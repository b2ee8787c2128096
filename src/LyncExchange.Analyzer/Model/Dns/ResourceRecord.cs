using System.Globalization;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>
/// One resource record of a supplied zone file, with absolute names, the TTL in effect, and where it was written.
/// <see cref="Location"/> is the record's own line (an <c>$INCLUDE</c>d file's path for included records);
/// <see cref="ZoneFile"/> is the file the zone was read from.
/// </summary>
public sealed record ResourceRecord : IDumpRecord
{
    public required DnsName Owner { get; init; }

    public required int Ttl { get; init; }

    public DnsClass Class { get; init; } = DnsClass.IN;

    public required DnsRecordType Type { get; init; }

    public required ResourceData Data { get; init; }

    /// <summary>The zone this record belongs to (the origin in effect at the zone's first record).</summary>
    public required DnsName ZoneOrigin { get; init; }

    public required string ZoneFile { get; init; }

    public DumpLocation Location { get; init; } = DumpLocation.None;

    /// <summary>Windows DNS aging: when the record was last refreshed (<c>[AGE:n]</c>, hours since 1601-01-01 UTC); null for static records.</summary>
    public DateTime? AgingTimestamp { get; init; }

    public DnsZoneView View => DnsZoneViews.FromPath(ZoneFile);

    public string TypeName => DnsRecordTypes.Mnemonic(Type);

    public RecordSource Source => new(Location.Path, Location, null, ValueList<TruncatedValue>.Empty, ValueList<string>.Empty);

    public string ObjectIdentity => $"DnsRecord:{Owner.Display} {TypeName}";

    /// <summary>The target name a rule follows: SRV/MX/CNAME/DNAME/NS/PTR target; null for other types.</summary>
    public DnsName? Target => Data switch
    {
        SrvData srv => srv.Target,
        NameData name => name.Target,
        MxData mx => mx.Exchange,
        _ => null,
    };

    /// <summary>The record as one canonical master-file line: <c>owner ttl class type rdata</c>.</summary>
    public string ToZoneLine() =>
        string.Create(CultureInfo.InvariantCulture, $"{Owner} {Ttl} {Class} {TypeName} {Data.ToPresentation()}");

    /// <summary>Owner, TTL, class, type and RDATA are equal: the same record whatever file or line it came from.</summary>
    public bool HasSameContent(ResourceRecord other) =>
        Owner == other.Owner && Ttl == other.Ttl && Class == other.Class && Type == other.Type && Data.Equals(other.Data);

    public override string ToString() => ToZoneLine();
}
