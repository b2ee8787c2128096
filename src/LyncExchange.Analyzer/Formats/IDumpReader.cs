using LyncExchange.Analyzer.Dumps;

namespace LyncExchange.Analyzer.Formats;

/// <summary>
/// Reads one format into <see cref="DumpObject"/>s: syntax only, no rule knowledge. Problems go to
/// <see cref="ReaderContext.Diagnostics"/> with a location; a reader never throws on bad input.
/// </summary>
public interface IDumpReader
{
    DumpFormat Format { get; }

    IEnumerable<DumpObject> Read(DumpEntry entry, ReaderContext context);
}
