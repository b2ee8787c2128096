namespace LyncExchange.Analyzer.Dumps;

/// <summary>Bounds on what a dump set may make the analyzer read (hostile zips, huge files).</summary>
public sealed record DumpSetLimits
{
    public long MaxFileBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Files above this size are never loaded whole; only streaming readers take them.</summary>
    public long MaxInMemoryFileBytes { get; init; } = 256L * 1024 * 1024;

    public int MaxEntries { get; init; } = 100_000;

    public long MaxArchiveUncompressedBytes { get; init; } = 8L * 1024 * 1024 * 1024;

    public double MaxCompressionRatio { get; init; } = 200;

    public static DumpSetLimits Default { get; } = new();
}
