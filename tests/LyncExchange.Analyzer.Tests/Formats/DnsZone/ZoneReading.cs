using System.Text;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.DnsZone;
using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Tests.Formats.DnsZone;

/// <summary>Runs the zone reader over text, a file of a dump set, or a whole folder, and prints results for snapshots.</summary>
internal static class ZoneReading
{
    private static readonly ZoneFileReader Reader = new();

    public static (List<ResourceRecord> Records, List<InputDiagnostic> Diagnostics) FromText(string text, string path = "contoso.com.zone", ReaderLimits? limits = null)
    {
        var bag = new InputDiagnosticBag();
        var context = new ReaderContext(bag, System.Globalization.CultureInfo.InvariantCulture, limits ?? ReaderLimits.Default);
        var records = Reader.Read(DumpEntry.FromText(path, text), context).ToList();
        return (records, [.. bag.ToList()]);
    }

    /// <summary>Opens <paramref name="folder"/> as the dump set and reads one file of it (includes resolve inside the folder).</summary>
    public static (List<ResourceRecord> Records, List<InputDiagnostic> Diagnostics) FromDumpSet(string folder, string relativePath, ReaderLimits? limits = null)
    {
        var bag = new InputDiagnosticBag();
        var set = DumpSet.Open([folder], new DumpSetLimits(), bag);
        var context = new ReaderContext(bag, System.Globalization.CultureInfo.InvariantCulture, limits ?? ReaderLimits.Default, set);
        var entry = set.Find(relativePath) ?? throw new FileNotFoundException(relativePath);
        var records = Reader.Read(entry, context).ToList();
        return (records, [.. bag.ToList()]);
    }

    public static string Print(IEnumerable<ResourceRecord> records, IEnumerable<InputDiagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var record in records)
        {
            builder.Append(record.Location.Path).Append('(').Append(record.Location.Line).Append(") ")
                .Append(record.ToZoneLine());
            if (record.AgingTimestamp is { } age)
            {
                builder.Append("  [aged ").Append(age.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)).Append(" UTC]");
            }

            builder.Append("  ; zone ").Append(record.ZoneOrigin).Append('\n');
        }

        foreach (var diagnostic in diagnostics)
        {
            builder.Append(diagnostic.Location).Append(": ").Append(diagnostic.Id).Append(": ").Append(diagnostic.Message).Append('\n');
        }

        return builder.ToString();
    }
}
