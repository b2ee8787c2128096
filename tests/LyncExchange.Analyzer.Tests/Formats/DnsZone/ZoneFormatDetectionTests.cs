using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.DnsZone;

/// <summary>Every zone fixture and every real-world zone is detected as a zone: BIND names, *.dns, db.*, Windows exports.</summary>
public sealed class ZoneFormatDetectionTests
{
    public static TheoryData<string> ZoneFixtures => new()
    {
        "syntax/contoso.com.zone",
        "syntax/adatum.com.dns",
        "syntax/db.0.10.in-addr.arpa",
        "syntax/soa-owner-names-zone.txt",
        "same-data/bind/db.litwareinc.com",
        "same-data/windows/litwareinc.com.dns",
        "split-brain/internal/fabrikam.com.dns",
        "split-brain/external/fabrikam.com.zone",
        "split-brain/external/fabrikam-hosting.net.zone",
        "hostile/include-absolute.zone",
        "hostile/generate-huge.zone",
        "hostile/syntax-errors.zone",
    };

    [Theory]
    [MemberData(nameof(ZoneFixtures))]
    public void Detect_ZoneFixture_IsDnsZone(string relativePath)
    {
        var path = Repository.Fixture(["dns", .. relativePath.Split('/')]);
        var entry = DumpEntry.FromBytes(relativePath, File.ReadAllBytes(path));

        Assert.Equal(DumpFormat.DnsZone, FormatDetector.Detect(entry).Format);
    }

    [Fact]
    public void Detect_RealWorldZones_AreDnsZones()
    {
        var folder = new[] { Repository.Shared, Path.GetFullPath(Path.Combine(Repository.Root, "..", "..", "shared")) }
            .Where(c => c is not null).Select(c => Path.Combine(c!, "realworld", "dns")).FirstOrDefault(Directory.Exists);
        if (folder is null)
        {
            return; // ../shared is not beside this checkout.
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var entry = DumpEntry.FromBytes(Path.GetFileName(file), File.ReadAllBytes(file));
            Assert.True(FormatDetector.Detect(entry).Format == DumpFormat.DnsZone, file);
        }
    }

    [Theory]
    [InlineData("contoso.com.dns", "@ IN SOA ns host ( 1 2 3 4 5 )\n")]
    [InlineData("db.contoso.com", "@ IN SOA ns host ( 1 2 3 4 5 )\n")]
    [InlineData("export.txt", ";\n;  Database file contoso.com.dns for contoso.com zone.\n;\n@ IN SOA ns host ( 1 2 3 4 5 )\n")]
    public void Detect_WindowsAndBindNamesWithOneRecord_AreDnsZones(string fileName, string text) =>
        Assert.Equal(DumpFormat.DnsZone, FormatDetector.Detect(DumpEntry.FromText(fileName, text)).Format);
}
