using LyncExchange.Analyzer.Formats.FormatList;

namespace LyncExchange.Analyzer.Formats;

/// <summary>The reader for each format that produces <see cref="Dumps.DumpObject"/>s.</summary>
public static class ReaderRegistry
{
    private static readonly Dictionary<DumpFormat, IDumpReader> Readers = new()
    {
        [DumpFormat.FormatList] = new FormatListReader(),
    };

    private static readonly Dictionary<DumpFormat, IRecordReader> RecordReaders = new()
    {
        [DumpFormat.Ldif] = new Ldif.LdifRecordReader(),
    };

    public static IDumpReader? For(DumpFormat format) => Readers.GetValueOrDefault(format);

    public static IRecordReader? RecordReaderFor(DumpFormat format) => RecordReaders.GetValueOrDefault(format);

    public static IEnumerable<DumpFormat> Supported => Readers.Keys.Concat(RecordReaders.Keys).Order();
}
