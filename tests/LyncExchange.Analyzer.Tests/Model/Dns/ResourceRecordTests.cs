using CsCheck;
using LyncExchange.Analyzer.Model.Dns;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Tests.Model.Dns;

/// <summary>
/// A record keeps its location and aging stamp compactly (a shared site, hours since 1601); whatever is set comes back
/// exactly, and equality still means every value is equal.
/// </summary>
public sealed class ResourceRecordTests
{
    private static readonly DateTime Epoch = new(1601, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Gen<DumpLocation> Location = Gen.OneOf(
        Gen.Const(DumpLocation.None),
        Gen.Select(Gen.OneOf(Gen.Const("a.zone"), Gen.Const("dns/b.dns"), Gen.Const(string.Empty)), Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 4], Gen.OneOf(Gen.Int[0, 5], Gen.Int))
            .Select((path, line, column, endLine, endColumn) => new DumpLocation(path, line, column, endLine, endColumn)));

    private static readonly Gen<DateTime?> Aging = Gen.OneOf(
        Gen.Const((DateTime?)null),
        Gen.Long[0, 73_000_000].Select(hours => (DateTime?)Epoch.AddHours(hours)),
        Gen.Const<DateTime?>(Epoch),
        Gen.Const<DateTime?>(DateTime.MaxValue),
        Gen.Const<DateTime?>(DateTime.MinValue),
        Gen.Const<DateTime?>(Epoch.AddTicks(-TimeSpan.TicksPerHour)),
        Gen.Select(Gen.Long[0, DateTime.MaxValue.Ticks], Gen.Enum<DateTimeKind>()).Select((ticks, kind) => (DateTime?)new DateTime(ticks, kind)),
        Gen.Long[0, 1000].Select(hours => (DateTime?)new DateTime(Epoch.AddHours(hours).Ticks, DateTimeKind.Unspecified)));

    [Fact]
    public void LocationAndAgingTimestamp_AnyValues_ComeBackAsSetAndDecideEquality() =>
        Gen.Select(Location, Aging, Location, Aging).Sample((location, aging, otherLocation, otherAging) =>
        {
            var record = Record(location, aging);

            Assert.Equal(location, record.Location);
            Assert.Equal(aging, record.AgingTimestamp);
            Assert.Equal(aging?.Kind, record.AgingTimestamp?.Kind);
            Assert.Equal(record, Record(location, aging));
            Assert.Equal(record.GetHashCode(), Record(location, aging).GetHashCode());

            var changed = record with { Location = otherLocation, AgingTimestamp = otherAging };
            Assert.Equal(otherLocation, changed.Location);
            Assert.Equal(otherAging, changed.AgingTimestamp);
            Assert.Equal(otherAging?.Kind, changed.AgingTimestamp?.Kind);
            Assert.Equal(location == otherLocation && SameStamp(aging, otherAging), record == changed);
        }, iter: 5000);

    [Fact]
    public void Location_NotSet_IsNone() =>
        Assert.Equal(DumpLocation.None, new ResourceRecord { Owner = DnsName.Root, Ttl = 1, Type = DnsRecordType.A, Data = new GenericData("x", null), ZoneOrigin = DnsName.Root, ZoneFile = "z" }.Location);

    private static bool SameStamp(DateTime? a, DateTime? b) => a is { } x ? b is { } y && x.Ticks == y.Ticks && x.Kind == y.Kind : b is null;

    private static ResourceRecord Record(DumpLocation location, DateTime? aging) => new()
    {
        Owner = DnsName.FromHost("host.contoso.com"),
        Ttl = 300,
        Type = DnsRecordType.A,
        Data = new GenericData("x", null),
        ZoneOrigin = DnsName.FromHost("contoso.com"),
        ZoneFile = "contoso.com.dns",
        Location = location,
        AgingTimestamp = aging,
    };
}
