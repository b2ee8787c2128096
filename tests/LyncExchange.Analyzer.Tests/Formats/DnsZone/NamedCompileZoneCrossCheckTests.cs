using System.Diagnostics;
using LyncExchange.Analyzer.Model.Dns;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.DnsZone;

/// <summary>
/// Where Debian's bind9-utils is installed, BIND's own loader is the oracle: <c>named-compilezone</c> prints the zone in
/// canonical master format, which this reader reads back; the owner/type/RDATA sets must be equal. Always with
/// <c>-i none</c>: BIND's default integrity checks send DNS queries. TTLs are not compared: BIND rewrites the TTLs of an
/// RRset to its first one, which this reader deliberately does not.
/// </summary>
public sealed class NamedCompileZoneCrossCheckTests
{
    public static TheoryData<string, string, string> BindFixtures => new()
    {
        { "syntax", "contoso.com.zone", "contoso.com" },
        { "syntax", "soa-owner-names-zone.txt", "tailspintoys.com" },
        { "same-data", "bind/db.litwareinc.com", "litwareinc.com" },
        { "split-brain", "external/fabrikam.com.zone", "fabrikam.com" },
        { "split-brain", "external/fabrikam-hosting.net.zone", "fabrikam-hosting.net" },
    };

    [Theory]
    [MemberData(nameof(BindFixtures))]
    public void Read_BindFixture_HasTheRecordsNamedCompileZoneLoads(string folder, string file, string zone)
    {
        if (FindTool("named-compilezone") is not { } tool)
        {
            return; // bind9-utils not installed here: nothing to compare against.
        }

        var root = Repository.Fixture("dns", folder);
        var canonical = RunNamedCompileZone(tool, Path.Combine(root, file), zone, workingDirectory: root);
        var (expected, expectedDiagnostics) = ZoneReading.FromText(canonical, "named-compilezone.out");
        var (actual, actualDiagnostics) = ZoneReading.FromDumpSet(root, file);

        Assert.Empty(expectedDiagnostics);
        Assert.Empty(actualDiagnostics);
        Assert.NotEmpty(expected);
        Assert.Equal(Keys(expected), Keys(actual));
    }

    private static List<string> Keys(IEnumerable<ResourceRecord> records) =>
        [.. records.Select(r => $"{r.Owner} {r.Class} {r.TypeName} {r.Data.ToPresentation()}").Order(StringComparer.Ordinal)];

    private static string RunNamedCompileZone(string tool, string file, string zone, string workingDirectory)
    {
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-i", "none", "-k", "ignore", "-n", "ignore", "-f", "text", "-F", "text", "-o", "-", zone, file])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "named-compilezone did not finish");
        Assert.True(process.ExitCode == 0, $"named-compilezone failed: {errors.Result}{output.Result}");

        // Its status lines ("zone x/IN: loaded serial n", "OK") are not master-file syntax.
        return string.Join('\n', output.Result.Split('\n').Where(l => !l.StartsWith("zone ", StringComparison.Ordinal) && l.Trim() != "OK")) + "\n";
    }

    private static string? FindTool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
