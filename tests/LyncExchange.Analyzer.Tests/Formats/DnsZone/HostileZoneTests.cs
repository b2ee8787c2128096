using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Formats.DnsZone;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.DnsZone;

/// <summary>fixtures/dns/hostile: includes that leave the dump set, cycles, huge $GENERATEs and labels give diagnostics, never reads.</summary>
public sealed class HostileZoneTests
{
    private static string Folder => Repository.Fixture("dns", "hostile");

    [Fact]
    public void Read_IncludeOfAnAbsolutePath_IsRefusedAndTheRestRead()
    {
        var (records, diagnostics) = ZoneReading.FromDumpSet(Folder, "include-absolute.zone");

        Assert.Equal(["hostile.example.", "after.hostile.example."], records.Select(r => r.Owner.Value));
        Assert.All(records, r => Assert.Equal("include-absolute.zone", r.Location.Path));
        var refusal = Assert.Single(diagnostics);
        Assert.Equal(InputDiagnosticIds.ParseError, refusal.Id);
        Assert.Equal(5, refusal.Location.Line);
        Assert.Contains("'/etc/passwd' refused: absolute path", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IncludeEscapingTheDumpSet_IsRefusedButAnInsideDotDotIsRead()
    {
        var (records, diagnostics) = ZoneReading.FromDumpSet(Folder, "include-escape.zone");

        Assert.Contains(records, r => r.Owner.Value == "inside.hostile.example." && r.Location.Path == "sub/inside.inc");
        var refusal = Assert.Single(diagnostics);
        Assert.Contains("'../../x' refused: '..' leads outside the dump set", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IncludeCycle_IsBrokenAtTheSecondVisit()
    {
        var (records, diagnostics) = ZoneReading.FromDumpSet(Folder, "include-cycle-a.zone");

        Assert.Equal(["hostile.example.", "a-record.hostile.example.", "b-record.hostile.example."], records.Select(r => r.Owner.Value));
        var refusal = Assert.Single(diagnostics);
        Assert.Equal("include-cycle-b.zone", refusal.Location.Path);
        Assert.Contains("include cycle (include-cycle-a.zone -> include-cycle-b.zone -> include-cycle-a.zone)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IncludeDeeperThanTheLimit_IsRefused()
    {
        var limits = LyncExchange.Analyzer.Formats.ReaderLimits.Default with { MaxIncludeDepth = 0 };
        var (records, diagnostics) = ZoneReading.FromDumpSet(Folder, "include-escape.zone", limits);

        Assert.DoesNotContain(records, r => r.Location.Path == "sub/inside.inc");
        Assert.Contains(diagnostics, d => d.Message.Contains("nest deeper than 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_IncludeWithoutADumpSet_SaysTheFileIsMissing()
    {
        var (records, diagnostics) = ZoneReading.FromText("$ORIGIN c.test.\n$TTL 1\n$INCLUDE extra.zone\nh A 192.0.2.1\n");

        Assert.Single(records);
        Assert.Equal(InputDiagnosticIds.EvidenceMissing, Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Read_GenerateOfAHundredMillion_GeneratesNothing()
    {
        var (records, diagnostics) = ZoneReading.FromDumpSet(Folder, "generate-huge.zone");

        Assert.Equal(["hostile.example.", "after.hostile.example."], records.Select(r => r.Owner.Value));
        Assert.Contains("would create 100,000,000 records, more than the limit of 65,536", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OneMegabyteLabel_IsReportedAndTheNextRecordRead()
    {
        // Generated rather than committed: a 1 MB fixture would only bloat the repository.
        var text = "$ORIGIN c.test.\n$TTL 1\n" + new string('x', 1024 * 1024) + " A 192.0.2.1\nnext A 192.0.2.2\n"
            + "@ TXT " + new string('y', 1000 * 1000) + "\n";
        var (records, diagnostics) = ZoneReading.FromText(text);

        Assert.Equal(["next.c.test.", "c.test."], records.Select(r => r.Owner.Value));
        var tooLong = Assert.Single(diagnostics);
        Assert.Equal(3, tooLong.Location.Line);
        Assert.Contains("longer than 1,048,576 characters", tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OneMegabyteLabelUnderTheLineLimit_IsALabelError()
    {
        var (records, diagnostics) = ZoneReading.FromText("$ORIGIN c.test.\n$TTL 1\n" + new string('x', 1000 * 1000) + " A 192.0.2.1\n");

        Assert.Empty(records);
        Assert.Contains("label longer than 63 octets", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "/etc/passwd", null)]
    [InlineData("", "\\\\server\\share\\x", null)]
    [InlineData("", "C:\\Windows\\System32\\dns\\x.dns", null)]
    [InlineData("", "~/x", null)]
    [InlineData("zones/", "../../x", null)]
    [InlineData("zones/", "../x.inc", "x.inc")]
    [InlineData("zones/", "./sub/./x.inc", "zones/sub/x.inc")]
    [InlineData("a.zip!/zones/", "extra.inc", "a.zip!/zones/extra.inc")]
    [InlineData("zones/", "sub\\x.inc", "zones/sub/x.inc")]
    public void TryResolveInside_OnlyPathsInsideTheDumpSetResolve(string directory, string target, string? expected)
    {
        var ok = ZoneFileReader.TryResolveInside(directory, target, out var resolved, out _);

        Assert.Equal(expected is not null, ok);
        if (expected is not null)
        {
            Assert.Equal(expected, resolved);
        }
    }
}
