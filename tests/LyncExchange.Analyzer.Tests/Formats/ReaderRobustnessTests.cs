using System.Text;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats;

/// <summary>Every registered reader survives truncated, binary and oversized input: diagnostics, never an exception.</summary>
public sealed class ReaderRobustnessTests
{
    public static TheoryData<DumpFormat, string> Samples => new()
    {
        { DumpFormat.FormatList, FixtureFiles.PowerShell("fl", "Get-OwaVirtualDirectory.txt") },
        { DumpFormat.FormatTable, FixtureFiles.PowerShell("ft", "Get-CsPool.wrap.txt") },
        { DumpFormat.Transcript, FixtureFiles.PowerShell("transcript", "lync-shell.normalview.txt") },
        { DumpFormat.Clixml, FixtureFiles.PowerShell("clixml", "Get-OwaVirtualDirectory.xml") },
        { DumpFormat.Json, FixtureFiles.PowerShell("json", "Get-OwaVirtualDirectory.json") },
        { DumpFormat.Csv, FixtureFiles.PowerShell("csv", "Get-OwaVirtualDirectory.csv") },
        { DumpFormat.WebConfig, FixtureFiles.PowerShell("clixml", "Get-OwaVirtualDirectory.xml") },
        { DumpFormat.Registry, FixtureFiles.PowerShell("fl-utf16", "Get-OwaVirtualDirectory.txt") },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Read_TruncatedAtEveryTenthOfTheFile_NeverThrows(DumpFormat format, string sample)
    {
        var reader = ReaderRegistry.For(format)!;
        var bytes = File.ReadAllBytes(sample);
        for (var tenth = 1; tenth < 10; tenth++)
        {
            var cut = bytes[..(bytes.Length * tenth / 10)];
            var exception = Record.Exception(() => DumpText.Read(reader, "cut.txt", cut));
            Assert.Null(exception);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Read_BinaryGarbage_NeverThrows(DumpFormat format, string sample)
    {
        _ = sample;
        var reader = ReaderRegistry.For(format)!;
        var random = new Random(2614242);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);

        var exception = Record.Exception(() => DumpText.Read(reader, "garbage.bin", bytes));

        Assert.Null(exception);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Read_OversizedLinesAndObjects_NeverThrowAndReport(DumpFormat format, string sample)
    {
        _ = sample;
        var reader = ReaderRegistry.For(format)!;
        var bag = new InputDiagnosticBag();
        var limits = ReaderLimits.Default with { MaxLineLength = 1000, MaxXmlDepth = 4, MaxXmlNodes = 100, MaxObjectsPerFile = 10, MaxRefExpansions = 2 };
        var context = new ReaderContext(bag, System.Globalization.CultureInfo.GetCultureInfo("en-US"), limits);
        var text = new StringBuilder();
        text.Append("<Objs xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">");
        for (var i = 0; i < 200; i++)
        {
            text.Append("<Obj RefId=\"").Append(i).Append("\"><MS><S N=\"Name\">").Append(new string('x', 5000)).Append("</S><Ref N=\"Self\" RefId=\"0\" /></MS></Obj>\n");
        }

        text.Append("</Objs>\n[\n");
        for (var i = 0; i < 50; i++)
        {
            text.Append("Name : ").Append(new string('y', 3000)).Append('\n');
        }

        var exception = Record.Exception(() => reader.Read(DumpEntry.FromText("big.txt", text.ToString()), context).ToList());

        Assert.Null(exception);
    }

    [Fact]
    public void Read_EmptyFile_GivesNothingForEveryReader()
    {
        foreach (var format in ReaderRegistry.Supported)
        {
            if (ReaderRegistry.For(format) is not { } reader)
            {
                continue;
            }

            var exception = Record.Exception(() => DumpText.Read(reader, "empty.txt", []));
            Assert.Null(exception);
        }
    }
}
