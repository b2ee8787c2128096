using System.Text;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.Registry;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.Registry;

public sealed class RegistryReaderTests
{
    private static readonly RegistryReader Reader = new();

    private static readonly string Export = string.Join("\r\n",
        "Windows Registry Editor Version 5.00",
        string.Empty,
        "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\MSExchange OWA\\InstantMessaging]",
        "\"ImplementationDLLPath\"=\"C:\\\\Program Files\\\\Microsoft\\\\Exchange Server\\\\V15\\\\ClientAccess\\\\Owa\\\\bin\\\\Microsoft.Rtc.UCWeb.dll\"",
        "\"Enabled\"=dword:00000001",
        "\"Path\"=hex(2):25,00,45,00,78,00,25,00,00,00",
        "\"Servers\"=hex(7):70,00,6f,00,6f,00,6c,00,30,00,31,00,00,00,70,00,6f,00,6f,00,\\",
        "  6c,00,30,00,32,00,00,00,00,00",
        "\"Blob\"=hex:01,ff",
        "@=\"default\"",
        string.Empty,
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Other]",
        "\"Size\"=hex(b):00,01,00,00,00,00,00,00",
        string.Empty);

    [Fact]
    public void Read_Utf16RegeditExport_OneObjectPerKeyWithDecodedValues()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(Export)).ToArray();
        var (objects, diagnostics) = DumpText.Read(Reader, "EX01-owa-im.reg", bytes);

        Assert.Empty(diagnostics);
        Assert.Equal(2, objects.Count);
        var key = objects[0];
        Assert.Equal([RegistryReader.TypeName], key.TypeNames.ToArray());
        Assert.Equal("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\MSExchange OWA\\InstantMessaging", key.Find("Key")!.Value.Text);
        Assert.Equal("C:\\Program Files\\Microsoft\\Exchange Server\\V15\\ClientAccess\\Owa\\bin\\Microsoft.Rtc.UCWeb.dll", key.Find("ImplementationDLLPath")!.Value.Text);
        Assert.Equal("1", key.Find("Enabled")!.Value.Text);
        Assert.Equal("%Ex%", key.Find("Path")!.Value.Text);
        Assert.Equal(["pool01", "pool02"], key.Find("Servers")!.Value.Items.Select(i => i.Text));
        Assert.Equal(new byte[] { 1, 255 }, key.Find("Blob")!.Value.Bytes.ToArray());
        Assert.Equal("default", key.Find("(Default)")!.Value.Text);
        Assert.Equal(5, key.Find("Enabled")!.NameLocation.Line);
        Assert.Equal("256", objects[1].Find("Size")!.Value.Text);
    }

    [Fact]
    public void Read_Regedit4Export_DecodesExpandStringsAsAnsi()
    {
        var text = "REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"Path\"=hex(2):25,45,78,25,00\r\n\"Name\"=\"x\"\r\n";
        var (objects, diagnostics) = DumpText.Read(Reader, "a.reg", text);

        Assert.Empty(diagnostics);
        Assert.Equal("%Ex%", objects[0].Find("Path")!.Value.Text);
    }

    [Fact]
    public void Read_BadValueLine_IsReportedAndTheRestRead()
    {
        var text = "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\n\"Bad\"=dword:xyz\n\"Good\"=\"y\"\n";
        var (objects, diagnostics) = DumpText.Read(Reader, "a.reg", text);

        Assert.Equal(4, Assert.Single(diagnostics).Location.Line);
        Assert.Equal("y", objects[0].Find("Good")!.Value.Text);
        Assert.Null(objects[0].Find("Bad"));
        Assert.Equal(DumpValueKind.Scalar, objects[0].Find("Key")!.Value.Kind);
    }
}
