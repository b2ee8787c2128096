using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Input;

[Trait("Rule", "LXA0907")]
public sealed class LXA0907InputFileNotRecognisedTests
{
    [Fact]
    public void Analyze_LdifdeLog_IsReportedWithItsFirstLine()
    {
        using var set = new DumpSetBuilder().Add("ldifde.log", "Connecting to \"DC01.contoso.com\"\nLogging in as current user using SSPI\nExporting directory to file users.ldf\n");

        var diagnostic = Assert.Single(set.Diagnostics("LXA0907"));

        Assert.Equal("ldifde.log", diagnostic.Location.Path);
        Assert.Contains("first line: 'Connecting to \"DC01.contoso.com\"'", diagnostic.Message);
    }

    [Fact]
    public void Analyze_BinaryFile_IsReported()
    {
        using var set = new DumpSetBuilder().Add("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89]);

        Assert.Single(set.Diagnostics("LXA0907"));
    }

    [Fact]
    public void Analyze_RecognisedDump_IsNotReported()
    {
        using var set = new DumpSetBuilder().Add("Get-OwaMailboxPolicy.txt", FormatListText.Object(("InstantMessagingEnabled", "True"), ("InstantMessagingType", "Ocs"), ("Identity", "Default")));

        Assert.Empty(set.Diagnostics("LXA0907"));
    }
}
