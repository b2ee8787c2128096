using System.Diagnostics.CodeAnalysis;
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
    private static readonly DateTime AgingEpoch = new(1601, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // A large zone keeps millions of records, so a record is 64 bytes: zone, files, path and the column records start
    // at (1) are one shared site, the rest of the location is its numbers, and the aging stamp is what Windows writes,
    // whole hours since 1601 UTC, plus one (0 is none). A stamp that is not whole UTC hours rides in its own site.
    private ResourceRecordSite _site = ResourceRecordSite.Empty;
    private int _line;
    private int _endLine;
    private int _endColumn;
    private uint _agingHours;

    public ResourceRecord()
    {
    }

    /// <summary>The reader's record: zone, zone file and path come in the <paramref name="site"/> its zone's records share.</summary>
    // ZoneOrigin and ZoneFile are set through the site; the compiler cannot see that through their accessors.
#pragma warning disable CS8618
    [SetsRequiredMembers]
    internal ResourceRecord(DnsName owner, int ttl, DnsClass recordClass, DnsRecordType type, ResourceData data, ResourceRecordSite site, DumpLocation location, DateTime? agingTimestamp)
    {
        Owner = owner;
        Ttl = ttl;
        Class = recordClass;
        Type = type;
        Data = data;
        _site = site;
        Location = location;
        AgingTimestamp = agingTimestamp;
    }
#pragma warning restore CS8618

    public required DnsName Owner { get; init; }

    public required int Ttl { get; init; }

    public DnsClass Class { get; init; } = DnsClass.IN;

    public required DnsRecordType Type { get; init; }

    public required ResourceData Data { get; init; }

    /// <summary>The zone this record belongs to (the origin in effect at the zone's first record).</summary>
    public required DnsName ZoneOrigin
    {
        get => _site.ZoneOrigin;
        init => _site = _site with { ZoneOrigin = value };
    }

    public required string ZoneFile
    {
        get => _site.ZoneFile;
        init => _site = _site with { ZoneFile = value };
    }

    public DumpLocation Location
    {
        get => new(_site.Path, _line, _site.Column, _endLine, _endColumn);
        init
        {
            _site = _site.Path == value.Path && _site.Column == value.Column ? _site : _site with { Path = value.Path, Column = value.Column };
            _line = value.Line;
            _endLine = value.EndLine;
            _endColumn = value.EndColumn;
        }
    }

    /// <summary>Windows DNS aging: when the record was last refreshed (<c>[AGE:n]</c>, hours since 1601-01-01 UTC); null for static records.</summary>
    public DateTime? AgingTimestamp
    {
        get => _agingHours == 0 ? _site.OtherAging : new DateTime(AgingEpoch.Ticks + ((_agingHours - 1) * TimeSpan.TicksPerHour), DateTimeKind.Utc);
        init
        {
            var hours = value is { Kind: DateTimeKind.Utc } stamp && stamp >= AgingEpoch && (stamp - AgingEpoch).Ticks % TimeSpan.TicksPerHour == 0
                ? (stamp - AgingEpoch).Ticks / TimeSpan.TicksPerHour
                : -1;
            var other = hours < 0 ? value : null;
            _agingHours = hours < 0 ? 0 : (uint)hours + 1;
            if (!SameStamp(_site.OtherAging, other))
            {
                _site = _site with { OtherAging = other };
            }
        }
    }

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

    private static bool SameStamp(DateTime? a, DateTime? b) =>
        a is { } x ? b is { } y && x.Ticks == y.Ticks && x.Kind == y.Kind : b is null;
}
