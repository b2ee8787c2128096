using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.Json;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.Json;

public sealed class JsonReaderTests
{
    private static readonly JsonReader Reader = new();

    [Theory]
    [InlineData("Get-OwaVirtualDirectory.json")]
    [InlineData("Get-OwaVirtualDirectory.compress.json")]
    public void Read_PowerShell7Fixture_GivesEveryObjectWithInvariantValues(string file)
    {
        var (objects, diagnostics) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("json", file));

        Assert.Empty(diagnostics);
        Assert.Equal(2, objects.Count);
        var ex02 = objects[1];
        Assert.Equal("EX02\\owa (Default Web Site)", ex02.Find("Identity")!.Value.Text);
        Assert.Equal("1", ex02.Find("InstantMessagingType")!.Value.Text);
        Assert.Equal("Number", ex02.Find("InstantMessagingType")!.Value.PrimitiveType);
        Assert.Equal("True", ex02.Find("InstantMessagingEnabled")!.Value.Text);
        Assert.True(ex02.Find("InstantMessagingEnabled")!.Value.IsInvariant);
        Assert.Equal(DumpValueKind.Collection, ex02.Find("WebReadyFileTypes")!.Value.Kind);
    }

    [Fact]
    public void Read_WindowsPowerShell51Object_KeepsTheDateTextAndPositions()
    {
        var json = "{\n    \"Name\":  \"owa (Default Web Site)\",\n    \"WhenChanged\":  \"\\/Date(1394057229000)\\/\",\n    \"InstantMessagingType\":  1\n}";
        var (objects, diagnostics) = DumpText.Read(Reader, "a.json", json);

        Assert.Empty(diagnostics);
        var dump = Assert.Single(objects);
        var when = dump.Find("WhenChanged")!;
        Assert.Equal("/Date(1394057229000)/", when.Value.Text);
        Assert.Equal(new Text.DumpLocation("a.json", 3, 5, 3, 18), when.NameLocation);
        Assert.Equal(3, when.Value.Location.Line);
        Assert.Equal(21, when.Value.Location.Column);
    }

    [Fact]
    public void Read_Utf16WithBom_IsReadLikeUtf8()
    {
        var json = "[{\"Name\":\"é\"},{\"Name\":\"b\"}]";
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(System.Text.Encoding.Unicode.GetBytes(json)).ToArray();
        var (objects, diagnostics) = DumpText.Read(Reader, "a.json", bytes);

        Assert.Empty(diagnostics);
        Assert.Equal(["é", "b"], objects.Select(o => o.Find("Name")!.Value.Text));
    }

    [Fact]
    public void Read_MalformedJson_ReportsTheLineAndKeepsEarlierObjects()
    {
        var (objects, diagnostics) = DumpText.Read(Reader, "a.json", "[\n{\"A\": 1},\n{\"B\": }\n]");

        Assert.Single(objects);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LXA0904", diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.Line);
    }
}
