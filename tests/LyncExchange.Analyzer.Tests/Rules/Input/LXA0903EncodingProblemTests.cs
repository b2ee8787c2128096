using System.Text;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Input;

[Trait("Rule", "LXA0903")]
public sealed class LXA0903EncodingProblemTests
{
    private static readonly string Policy = FormatListText.Object(("InstantMessagingEnabled", "True"), ("InstantMessagingType", "Ocs"), ("Name", "Default"), ("Identity", "Default"));

    [Fact]
    public void Analyze_Utf16WithoutBom_IsReportedAndStillRead()
    {
        using var set = new DumpSetBuilder().Add("Get-OwaMailboxPolicy.txt", Encoding.Unicode.GetBytes(Policy));

        var result = set.Analyze();

        Assert.Contains("UTF-16 without a byte order mark", Assert.Single(result.Diagnostics, d => d.Id == "LXA0903").Message);
        Assert.Single(result.Deployment.Records);
    }

    [Fact]
    public void Analyze_Utf16WithBom_IsNotReported()
    {
        using var set = new DumpSetBuilder().Add("Get-OwaMailboxPolicy.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Policy)]);

        Assert.Empty(set.Diagnostics("LXA0903"));
    }

    [Fact]
    public void Analyze_InvalidUtf8_IsDecodedAsAnsiAndReported()
    {
        using var set = new DumpSetBuilder().Add("Get-OwaMailboxPolicy.txt", [.. Encoding.ASCII.GetBytes(Policy.Replace("Default\n", "D\u00e9faut\n", StringComparison.Ordinal).Replace("\u00e9", "?")), 0xE9, 0x0A]);

        Assert.Contains("Windows-1252", Assert.Single(set.Diagnostics("LXA0903")).Message);
    }
}
