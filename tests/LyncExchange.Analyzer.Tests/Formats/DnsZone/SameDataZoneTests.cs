using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.DnsZone;

/// <summary>fixtures/dns/same-data: one zone spelled the BIND way and the Windows DNS way must give the same records.</summary>
public sealed class SameDataZoneTests
{
    [Fact]
    public void Read_BindAndWindowsSpellingsOfOneZone_GiveIdenticalRecords()
    {
        var folder = Repository.Fixture("dns", "same-data");
        var (bind, bindDiagnostics) = ZoneReading.FromDumpSet(folder, "bind/db.litwareinc.com");
        var (windows, windowsDiagnostics) = ZoneReading.FromDumpSet(folder, "windows/litwareinc.com.dns");

        Assert.Empty(bindDiagnostics);
        Assert.Empty(windowsDiagnostics);
        Assert.Equal(29, bind.Count);
        Assert.Equal(
            bind.Select(r => r.ToZoneLine()).Order(StringComparer.Ordinal),
            windows.Select(r => r.ToZoneLine()).Order(StringComparer.Ordinal));
        Assert.All(bind, b => Assert.Contains(windows, w => w.HasSameContent(b)));
        Assert.All(windows, w => Assert.Equal("litwareinc.com.", w.ZoneOrigin.Value));
    }

    [Fact]
    public void Read_WindowsSpelling_KeepsAgingOnlyOnDynamicRecords()
    {
        var (windows, _) = ZoneReading.FromDumpSet(Repository.Fixture("dns", "same-data"), "windows/litwareinc.com.dns");

        Assert.Equal(
            ["litwareinc.com. A", "litwareinc.com. A", "_kerberos._tcp.litwareinc.com. SRV", "atl-fe-01.litwareinc.com. A", "atl-exch-001.litwareinc.com. A"],
            windows.Where(r => r.AgingTimestamp is not null).Select(r => $"{r.Owner} {r.TypeName}"));
    }
}
