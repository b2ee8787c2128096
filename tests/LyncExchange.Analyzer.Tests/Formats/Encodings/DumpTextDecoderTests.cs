using System.Text;
using LyncExchange.Analyzer.Formats.FormatList;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.Encodings;

public sealed class DumpTextDecoderTests
{
    private static readonly FormatListReader Reader = new();

    [Fact]
    public void Read_Utf8ReadAsAnsi_ReportsLxa0903OnTheLine()
    {
        var (objects, diagnostics) = DumpText.Read(Reader, "a.txt", "\nName        : ok\nDisplayName : RenÃ© Dupont\n");

        Assert.Equal(2, objects[0].Properties.Length);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LXA0903", diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.Line);
    }

    [Fact]
    public void Read_ReplacementCharacter_ReportsLxa0903()
    {
        var (_, diagnostics) = DumpText.Read(Reader, "a.txt", "\nName : Ren\uFFFD\n");

        Assert.Equal("LXA0903", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Read_Utf8AppendedToAUtf16File_ReportsTheMixedEncoding()
    {
        var first = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("\r\nName : one\r\n\r\n")).ToArray();
        var appended = Encoding.UTF8.GetBytes("Name : two appended with >> from another shell\r\n");
        var (objects, diagnostics) = DumpText.Read(Reader, "a.txt", [.. first, .. appended]);

        Assert.Equal("one", objects[0].Find("Name")!.Value.Text);
        Assert.Contains(diagnostics, d => d.Id == "LXA0903" && d.Location.Line == 4);
    }

    [Fact]
    public void Read_Utf16AppendedToAUtf8File_ReportsTheMixedEncoding()
    {
        var first = Encoding.UTF8.GetBytes("\nName : one\n\n");
        var appended = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("Name : two\n")).ToArray();
        var (_, diagnostics) = DumpText.Read(Reader, "a.txt", [.. first, .. appended]);

        Assert.Contains(diagnostics, d => d.Id == "LXA0903" && d.Location.Line == 4);
    }

    [Fact]
    public void Read_BomlessUtf16_IsDecoded()
    {
        var (objects, _) = DumpText.Read(Reader, "a.txt", Encoding.Unicode.GetBytes("\r\nName : one\r\nType : Ocs\r\n"));

        Assert.Equal("Ocs", objects[0].Find("Type")!.Value.Text);
    }

    [Fact]
    public void Read_BigEndianUtf16WithBom_IsDecoded()
    {
        var bytes = new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes("\nName : one\n")).ToArray();
        var (objects, diagnostics) = DumpText.Read(Reader, "a.txt", bytes);

        Assert.Empty(diagnostics);
        Assert.Equal("one", objects[0].Find("Name")!.Value.Text);
    }
}
