using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.Clixml;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.Clixml;

public sealed class ClixmlReaderTests
{
    private const string Ns = "xmlns=\"http://schemas.microsoft.com/powershell/2004/04\"";
    private static readonly ClixmlReader Reader = new();

    [Fact]
    public void Read_OwaVirtualDirectoryFixture_KeepsTypeNamesEnumsListsAndLocations()
    {
        var (objects, diagnostics) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("clixml", "Get-OwaVirtualDirectory.xml"));

        Assert.Empty(diagnostics);
        Assert.Equal(2, objects.Count);
        var ex01 = objects[0];
        Assert.Equal("Microsoft.Exchange.Data.Directory.SystemConfiguration.ADOwaVirtualDirectory", ex01.TypeNames[0]);
        var type = ex01.Find("InstantMessagingType")!;
        Assert.Equal("None", type.Value.Text);
        Assert.True(type.Value.IsInvariant);
        Assert.Equal("Enum", type.Value.PrimitiveType);
        Assert.Equal("true", ex01.Find("InstantMessagingEnabled")!.Value.Text);
        Assert.Equal("B", ex01.Find("InstantMessagingEnabled")!.Value.PrimitiveType);
        var fileTypes = ex01.Find("WebReadyFileTypes")!.Value;
        Assert.Equal(DumpValueKind.Collection, fileTypes.Kind);
        Assert.Equal(".xlsx", fileTypes.Items[0].Text);
        Assert.False(fileTypes.IsTruncated);
        var line = File.ReadAllLines(FixtureFiles.PowerShell("clixml", "Get-OwaVirtualDirectory.xml")).ToList().FindIndex(l => l.Contains("N=\"InstantMessagingType\"", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, type.NameLocation.Line);
    }

    [Fact]
    public void Read_EscapesRefsTypeNameRefsAndNil_AreResolved()
    {
        var xml = $"""
            <Objs Version="1.1.0.1" {Ns}>
              <Obj RefId="0">
                <TN RefId="0"><T>Deserialized.Contoso.Thing</T><T>Deserialized.System.Object</T></TN>
                <ToString>thing_x005F_x0020_one</ToString>
                <Props>
                  <S N="Multi_x0020_Line">a_x000D__x000A_b</S>
                  <Obj N="Identity" RefId="1"><TN RefId="1"><T>Contoso.Id</T></TN><ToString>EX01\owa (Default Web Site)</ToString><Props><S N="Name">owa</S></Props></Obj>
                  <Ref N="Id" RefId="1" />
                  <Nil N="Nothing" />
                  <TS N="Span">PT1H2M3S</TS>
                  <BA N="Raw">AQID</BA>
                </Props>
                <MS>
                  <BA N="SerializationData">AAEAAAD/////AQAAAAAAAAAMAgAAAA==</BA>
                  <S N="PSComputerName">ex01.contoso.com</S>
                </MS>
              </Obj>
              <Obj RefId="2"><TNRef RefId="0" /><Props><S N="Name">second</S></Props></Obj>
            </Objs>
            """;
        var (objects, diagnostics) = DumpText.Read(Reader, "a.xml", xml);

        Assert.Empty(diagnostics);
        Assert.Equal(2, objects.Count);
        var first = objects[0];
        Assert.Equal(["Deserialized.Contoso.Thing", "Deserialized.System.Object"], first.TypeNames.ToArray());
        Assert.Equal("thing_x0020_one", first.Text);
        Assert.Equal("a\r\nb", first.Find("Multi Line")!.Value.Text);
        Assert.Equal("EX01\\owa (Default Web Site)", first.Find("Identity")!.Value.AsText());
        Assert.Equal("owa", first.Find("Identity")!.Value.Object!.Find("Name")!.Value.Text);
        Assert.Equal("EX01\\owa (Default Web Site)", first.Find("Id")!.Value.AsText());
        Assert.Equal(8, first.Find("Id")!.Value.Location.Line);
        Assert.Equal(DumpValueKind.Null, first.Find("Nothing")!.Value.Kind);
        Assert.Equal("01:02:03", first.Find("Span")!.Value.Text);
        Assert.Equal(new byte[] { 1, 2, 3 }, first.Find("Raw")!.Value.Bytes.ToArray());
        Assert.Null(first.Find("SerializationData"));
        Assert.Equal("ex01.contoso.com", first.Find("PSComputerName")!.Value.Text);
        Assert.Equal(["Deserialized.Contoso.Thing", "Deserialized.System.Object"], objects[1].TypeNames.ToArray());
    }

    [Fact]
    public void Read_DocumentTypeDefinition_IsRefusedWithoutExpandingEntities()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE Objs [<!ENTITY x \"boom\">]><Objs " + Ns + "><Obj RefId=\"0\"><Props><S N=\"A\">&x;</S></Props></Obj></Objs>";
        var (objects, diagnostics) = DumpText.Read(Reader, "a.xml", xml);

        Assert.Empty(objects);
        Assert.Equal("LXA0904", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Read_NestingDeeperThanTheLimit_IsSkippedAndReported()
    {
        var nested = string.Concat(Enumerable.Repeat("<Obj N=\"Child\" RefId=\"9\"><Props>", 80)) + string.Concat(Enumerable.Repeat("</Props></Obj>", 80));
        var xml = $"<Objs {Ns}><Obj RefId=\"0\"><Props><S N=\"Name\">x</S>{nested}</Props></Obj></Objs>";
        var (objects, diagnostics) = DumpText.Read(Reader, "a.xml", xml);

        Assert.Equal("x", Assert.Single(objects).Find("Name")!.Value.Text);
        Assert.Contains(diagnostics, d => d.Id == "LXA0904" && d.Message.Contains("deeper", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TruncatedFile_KeepsTheCompleteObjectsAndReportsWhereItStopped()
    {
        var text = File.ReadAllText(FixtureFiles.PowerShell("clixml", "Get-OwaVirtualDirectory.xml"));
        var cut = text.IndexOf("<Obj RefId=", text.IndexOf("</Obj>\n  <Obj", StringComparison.Ordinal), StringComparison.Ordinal) + 200;
        var (objects, diagnostics) = DumpText.Read(Reader, "a.xml", text[..cut]);

        Assert.Single(objects);
        Assert.Equal("LXA0904", Assert.Single(diagnostics).Id);
    }
}
