using System.Globalization;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;

namespace LyncExchange.Analyzer.Fuzz;

/// <summary>One afl++ target per reader: the format, the file name the engine would see, and where fuzz.sh takes its seeds.</summary>
internal static class FuzzTargets
{
    public static IReadOnlyDictionary<string, (DumpFormat Format, string EntryPath)> All { get; } = new Dictionary<string, (DumpFormat, string)>(StringComparer.Ordinal)
    {
        ["format-list"] = (DumpFormat.FormatList, "Get-OwaVirtualDirectory.txt"),
        ["format-table"] = (DumpFormat.FormatTable, "Get-CsPool.txt"),
        ["transcript"] = (DumpFormat.Transcript, "transcript.txt"),
        ["clixml"] = (DumpFormat.Clixml, "Get-OwaVirtualDirectory.xml"),
        ["json"] = (DumpFormat.Json, "Get-OwaVirtualDirectory.json"),
        ["csv"] = (DumpFormat.Csv, "Get-OwaVirtualDirectory.csv"),
        ["ldif"] = (DumpFormat.Ldif, "directory.ldf"),
        ["zone"] = (DumpFormat.DnsZone, "contoso.com.zone"),
        ["web.config"] = (DumpFormat.WebConfig, "web.config"),
        ["reg"] = (DumpFormat.Registry, "owa-im.reg"),
    };

    /// <summary>
    /// Reads the input to the end. Anything that escapes, and a diagnostic without a usable location, is a crash for
    /// afl++: both break the readers' contract (never throw, never report a problem nobody can find).
    /// </summary>
    public static void Run(DumpFormat format, string entryPath, byte[] bytes)
    {
        var bag = new InputDiagnosticBag();
        var context = new ReaderContext(bag, CultureInfo.GetCultureInfo("en-US"), ReaderLimits.Default);
        var entry = DumpEntry.FromBytes(entryPath, bytes);
        if (ReaderRegistry.RecordReaderFor(format) is { } records)
        {
            foreach (var _ in records.ReadRecords(entry, context))
            {
            }
        }
        else
        {
            foreach (var _ in ReaderRegistry.For(format)!.Read(entry, context))
            {
            }
        }

        foreach (var diagnostic in bag.ToList())
        {
            var location = diagnostic.Location;
            if (location.IsNone || location.Line < 1 || location.Column < 1 || string.IsNullOrEmpty(location.Path))
            {
                throw new InvalidOperationException($"{diagnostic.Id} without a location: {diagnostic.Message}");
            }
        }
    }
}
