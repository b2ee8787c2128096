using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Formats;

/// <summary>
/// A reader whose format maps straight onto typed records without the generic binder (DNS resource records,
/// directory entries of a multi-GB LDIF): it streams records and keeps only what rules index.
/// </summary>
public interface IRecordReader
{
    DumpFormat Format { get; }

    IEnumerable<IDumpRecord> ReadRecords(DumpEntry entry, ReaderContext context);
}
