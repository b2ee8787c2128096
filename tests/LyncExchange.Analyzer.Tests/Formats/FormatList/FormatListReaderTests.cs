using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.FormatList;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.FormatList;

public sealed class FormatListReaderTests
{
    private static readonly FormatListReader Reader = new();

    [Fact]
    public void Read_TwoObjects_SplitsOnBlankLinesAndPadsLabels()
    {
        var (objects, diagnostics) = DumpText.Read(Reader, "a.txt", "\nName     : one\nIdentity : EX01\\one\n\nName : two\n\n\n");

        Assert.Empty(diagnostics);
        Assert.Equal(2, objects.Count);
        Assert.Equal("EX01\\one", objects[0].Find("Identity")!.Value.Text);
        Assert.Equal(new Text.DumpLocation("a.txt", 3, 12, 3, 20), objects[0].Find("Identity")!.Value.Location);
        Assert.Equal("two", objects[1].Find("name")!.Value.Text);
    }

    [Fact]
    public void Read_EmptyValueWithOrWithoutTrailingSpace_IsNull()
    {
        var (objects, diagnostics) = DumpText.Read(Reader, "a.txt", "\nServerName : \nDefaultThm :\nName       : x\n");

        Assert.Empty(diagnostics);
        Assert.Equal(DumpValueKind.Null, objects[0].Find("ServerName")!.Value.Kind);
        Assert.Equal(DumpValueKind.Null, objects[0].Find("DefaultThm")!.Value.Kind);
    }

    [Fact]
    public void Read_LongTokenWrappedAtWidth_IsJoinedWithNothing()
    {
        // 80 columns: a thumbprint longer than the field is split mid-token by the formatter.
        var label = "InstantMessagingCertificateThumbprint : ";
        var thumbprint = "0123456789ABCDEF0123456789ABCDEF01234567" + "89ABCDEF";
        var first = label + thumbprint[..(80 - label.Length)];
        var second = new string(' ', label.Length) + thumbprint[(80 - label.Length)..];
        var (objects, _) = DumpText.Read(Reader, "a.txt", "\n" + first + "\n" + second + "\nName                                  : x\n");

        var value = objects[0].Find("InstantMessagingCertificateThumbprint")!.Value;
        Assert.Equal(thumbprint, value.Text);
        Assert.Equal(2, value.Location.Line);
        Assert.Equal(3, value.Location.EndLine);
    }

    [Fact]
    public void Read_WordWrappedLine_KeepsTheBreakSpace()
    {
        var text = "\nPath : C:\\Program Files\\Microsoft\\Exchange \n       Server\\V15\nName : x\n";
        var (objects, _) = DumpText.Read(Reader, "a.txt", text);

        Assert.Equal("C:\\Program Files\\Microsoft\\Exchange Server\\V15", objects[0].Find("Path")!.Value.Text);
    }

    [Fact]
    public void Read_ContinuationAfterShortLine_IsAnEmbeddedNewline()
    {
        var text = "\nLongerLabel : line1\n              line2\nName        : x\n".Replace("              ", "              ");
        var (objects, _) = DumpText.Read(Reader, "a.txt", text);

        Assert.Equal("line1\nline2", objects[0].Find("LongerLabel")!.Value.Text);
    }

    [Theory]
    [InlineData("{Basic, Fba, Ntlm, WindowsIntegrated...}", "...")]
    [InlineData("{Basic, Fba, Ntlm, WindowsIntegrated\u2026}", "\u2026")]
    public void Read_TruncatedCollection_RecordsTheMarkAndTheItems(string value, string mark)
    {
        var (objects, _) = DumpText.Read(Reader, "a.txt", "\nMethods : " + value + "\n");

        var parsed = objects[0].Find("Methods")!.Value;
        Assert.Equal(DumpValueKind.Collection, parsed.Kind);
        Assert.True(parsed.IsTruncated);
        Assert.Equal(mark, parsed.TruncationMark);
        Assert.Equal(["Basic", "Fba", "Ntlm", "WindowsIntegrated"], parsed.Items.Select(i => i.Text));
        Assert.Equal(19, parsed.Items[1].Location.Column);
    }

    [Fact]
    public void Read_EmptyCollection_HasNoItemsAndIsNotTruncated()
    {
        var (objects, _) = DumpText.Read(Reader, "a.txt", "\nUrl : {}\n");

        var value = objects[0].Find("Url")!.Value;
        Assert.Equal(DumpValueKind.Collection, value.Kind);
        Assert.Empty(value.Items);
        Assert.False(value.IsTruncated);
    }

    [Fact]
    public void Read_MalformedLine_ReportsLxa0904AtItsLineAndKeepsReading()
    {
        var (objects, diagnostics) = DumpText.Read(Reader, "a.txt", "\nName : one\nthis is not a property\nType : Ocs\n\nName : two\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LXA0904", diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Equal(2, objects.Count);
        Assert.Equal("Ocs", objects[0].Find("Type")!.Value.Text);
    }

    [Fact]
    public void Read_DuplicatePropertyInOneObject_IsAParseError()
    {
        var (objects, diagnostics) = DumpText.Read(Reader, "a.txt", "\nName : one\nType : Ocs\nType : None\n");

        Assert.Equal("LXA0904", Assert.Single(diagnostics).Id);
        Assert.Equal("Ocs", objects[0].Find("Type")!.Value.Text);
    }

    [Fact]
    public void Read_LabelWithSpacesAndColon_SplitsAtTheValueColumn()
    {
        var (objects, _) = DumpText.Read(Reader, "a.txt", "\nPool FQDN : x : y\nName      : sip:a@b\n");

        Assert.Equal("x : y", objects[0].Find("Pool FQDN")!.Value.Text);
        Assert.Equal("sip:a@b", objects[0].Find("Name")!.Value.Text);
    }

    [Fact]
    public void Read_LostBlankLineBetweenObjects_StartsANewObjectAtTheRepeatedFirstLabel()
    {
        var (objects, diagnostics) = DumpText.Read(Reader, "a.txt", "\nRunspaceId : 1\nName       : a\nRunspaceId : 2\nName       : b\n");

        Assert.Empty(diagnostics);
        Assert.Equal(2, objects.Count);
    }

    [Fact]
    public void Read_ResultSizeWarning_IsReportedAsTruncation()
    {
        var (_, diagnostics) = DumpText.Read(Reader, "a.txt", "\nName : a\n\nWARNING: By default, only the first 1000 items are returned. Use the ResultSize parameter.\n");

        Assert.Equal("LXA0901", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Read_Utf16LittleEndianWithBomAndCrlf_ReadsTheSameObjects()
    {
        var text = "\r\nName : one\r\nType : Ocs\r\n\r\n";
        var bytes = new System.Text.UnicodeEncoding(false, true).GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(text)).ToArray();

        var (utf16, _) = DumpText.Read(Reader, "a.txt", bytes);
        var (utf8, _) = DumpText.Read(Reader, "a.txt", text.Replace("\r\n", "\n"));

        Assert.Equal(utf8.Single(), utf16.Single());
    }
}
