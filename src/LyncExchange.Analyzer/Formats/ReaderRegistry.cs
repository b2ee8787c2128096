using LyncExchange.Analyzer.Formats.Clixml;
using LyncExchange.Analyzer.Formats.Csv;
using LyncExchange.Analyzer.Formats.FormatList;
using LyncExchange.Analyzer.Formats.FormatTable;
using LyncExchange.Analyzer.Formats.Json;
using LyncExchange.Analyzer.Formats.Registry;
using LyncExchange.Analyzer.Formats.Transcript;
using LyncExchange.Analyzer.Formats.WebConfig;

namespace LyncExchange.Analyzer.Formats;

/// <summary>The reader for each format that produces <see cref="Dumps.DumpObject"/>s.</summary>
public static class ReaderRegistry
{
    private static readonly Dictionary<DumpFormat, IDumpReader> Readers = new()
    {
        [DumpFormat.FormatList] = new FormatListReader(),
        [DumpFormat.FormatTable] = new FormatTableReader(),
        [DumpFormat.Transcript] = new TranscriptReader(),
        [DumpFormat.Clixml] = new ClixmlReader(),
        [DumpFormat.Json] = new JsonReader(),
        [DumpFormat.Csv] = new CsvReader(),
        [DumpFormat.WebConfig] = new WebConfigReader(),
        [DumpFormat.Registry] = new RegistryReader(),
    };

    private static readonly Dictionary<DumpFormat, IRecordReader> RecordReaders = new()
    {
        [DumpFormat.DnsZone] = new DnsZone.ZoneFileReader(),
        [DumpFormat.Ldif] = new Ldif.LdifRecordReader(),
    };

    public static IDumpReader? For(DumpFormat format) => Readers.GetValueOrDefault(format);

    public static IRecordReader? RecordReaderFor(DumpFormat format) => RecordReaders.GetValueOrDefault(format);

    public static IEnumerable<DumpFormat> Supported => Readers.Keys.Concat(RecordReaders.Keys).Order();
}
