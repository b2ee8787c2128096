using LyncExchange.Analyzer.Formats;

namespace LyncExchange.Analyzer.Analysis;

/// <summary>What the analyzer made of one file: its format, encoding, the cmdlet and how that was decided.</summary>
public sealed record AnalyzedFile(string Path, DumpFormat Format, string Encoding, string? Cmdlet, string? DecidedBy, int ObjectCount)
{
    /// <summary>A bug escaped the reader (reported as an internal error for this file); when every read file has one, the CLI exits 3.</summary>
    public bool ReaderFailed { get; init; }
}
