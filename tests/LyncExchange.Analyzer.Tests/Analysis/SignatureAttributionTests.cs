using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Analysis;

/// <summary>
/// Customers rename files ("dump3.txt", "owa.txt"): with no type names and no cmdlet in the name, the property signature
/// must still tell which cmdlet produced each Format-List object, for every modelled cmdlet.
/// </summary>
public sealed class SignatureAttributionTests
{
    public static TheoryData<string> Cmdlets() =>
        [.. Directory.EnumerateFiles(Repository.Fixture("formats", "powershell", "fl"), "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Resolve_RenamedFormatListDump_FindsTheCmdletBySignature(string cmdlet)
    {
        using var set = new DumpSetBuilder().Add("dump.txt", File.ReadAllBytes(Repository.Fixture("formats", "powershell", "fl", cmdlet + ".txt")));

        var file = Assert.Single(set.Analyze().Files);

        // Get-RemoteMailbox and Get-Mailbox bind to the same record; the registry names it by its first cmdlet.
        Assert.Equal(cmdlet == "Get-RemoteMailbox" ? "Get-Mailbox" : cmdlet, file.Cmdlet);
        Assert.Equal("signature", file.DecidedBy);
    }
}
