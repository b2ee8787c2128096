using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.Csv;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.Csv;

public sealed class CsvReaderTests
{
    private static readonly CsvReader Reader = new();

    [Fact]
    public void Read_LyncPoolFixture_TypeLineAndLostCollectionsAreKept()
    {
        var (objects, diagnostics) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("csv", "Get-CsPool.csv"));

        Assert.Empty(diagnostics);
        Assert.Equal(4, objects.Count);
        Assert.Equal(["Microsoft.Rtc.Management.Deploy.Internal.Cluster"], objects[0].TypeNames.ToArray());
        var services = objects[0].Find("Services")!.Value;
        Assert.Equal(DumpValueKind.Collection, services.Kind);
        Assert.True(services.IsTruncated);
        Assert.Equal("System.Collections.Generic.List`1[System.String]", services.TruncationMark);
        Assert.Equal(DumpValueKind.Null, objects[0].Find("BackupPoolFqdn")!.Value.Kind);
        Assert.Equal(new Text.DumpLocation("Get-CsPool.csv", 3, 1, 3, 21), objects[0].Find("Identity")!.Value.Location);
    }

    [Fact]
    public void Read_ExchangeFixture_ArrayListPlaceholderIsTruncated()
    {
        var (objects, _) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("csv", "Get-Mailbox.csv"));

        var addresses = objects[0].Find("EmailAddresses")!.Value;
        Assert.True(addresses.IsTruncated);
        Assert.Equal("System.Collections.ArrayList", addresses.TruncationMark);
    }

    [Fact]
    public void Read_QuotesNewlinesAndSemicolons_FollowRfc4180()
    {
        var csv = "Name;Description;Count\n\"a \"\"quoted\"\" name\";\"two\nlines\";\"5\"\nb;;\"\"\n";
        var (objects, diagnostics) = DumpText.Read(Reader, "a.csv", csv);

        Assert.Empty(diagnostics);
        Assert.Equal(2, objects.Count);
        Assert.Equal("a \"quoted\" name", objects[0].Find("Name")!.Value.Text);
        Assert.Equal("two\nlines", objects[0].Find("Description")!.Value.Text);
        Assert.Equal(4, objects[1].Location.Line);
        Assert.Equal(DumpValueKind.Null, objects[1].Find("Description")!.Value.Kind);
        Assert.Equal(string.Empty, objects[1].Find("Count")!.Value.Text);
    }

    [Theory]
    [InlineData("System.Object[]", true)]
    [InlineData("System.String[]", true)]
    [InlineData("Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]", true)]
    [InlineData("Microsoft.Exchange.Data.ProxyAddressCollection", true)]
    [InlineData("System.Collections.ArrayList", true)]
    [InlineData("System.Management.Automation.PSCustomObject", false)]
    [InlineData("sip:kmyer@contoso.com", false)]
    public void IsCollectionTypeName_RecognisesWhatExportCsvWritesForCollections(string text, bool expected)
    {
        Assert.Equal(expected, CsvReader.IsCollectionTypeName(text));
    }
}
