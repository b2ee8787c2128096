using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.DnsZone;

/// <summary>The zone files in ../shared/realworld/dns (public repositories' test data) must read without parse errors.</summary>
public sealed class RealWorldZoneTests
{
    public static TheoryData<string, int> Files => new()
    {
        { "Azure__azure-cli/zone1.txt", 24 },
        { "Azure__azure-cli/zone2.txt", 50 },
        { "samba-team__samba/alpha13.samba.corp.zone", 26 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_RealWorldZone_HasNoParseErrorsAndThePinnedRecordCount(string relativePath, int expectedRecords)
    {
        if (RealWorldFolder() is not { } folder)
        {
            return; // ../shared is not beside this checkout (CI outside the workspace): nothing to check.
        }

        var (records, diagnostics) = ZoneReading.FromDumpSet(folder, relativePath);

        Assert.DoesNotContain(diagnostics, d => d.Id == InputDiagnosticIds.ParseError);
        Approvals.Verify(ZoneReading.Print(records, diagnostics), parameters: Path.GetFileName(relativePath));
        Assert.Equal(expectedRecords, records.Count);
    }

    /// <summary>../shared beside the checkout, or two levels up for a git worktree under a sibling folder.</summary>
    private static string? RealWorldFolder()
    {
        var candidates = new[] { Repository.Shared, Path.GetFullPath(Path.Combine(Repository.Root, "..", "..", "shared")) };
        return candidates
            .Where(c => c is not null)
            .Select(c => Path.Combine(c!, "realworld", "dns"))
            .FirstOrDefault(Directory.Exists);
    }
}
