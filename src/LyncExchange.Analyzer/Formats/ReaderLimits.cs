namespace LyncExchange.Analyzer.Formats;

/// <summary>Per-reader bounds on hostile input; passing one yields a diagnostic, never a crash.</summary>
public sealed record ReaderLimits
{
    public int MaxLineLength { get; init; } = 1024 * 1024;

    public int MaxObjectsPerFile { get; init; } = 10_000_000;

    public int MaxXmlDepth { get; init; } = 64;

    public long MaxXmlNodes { get; init; } = 50_000_000;

    public int MaxRefExpansions { get; init; } = 1_000_000;

    public int MaxLdifValueBytes { get; init; } = 16 * 1024 * 1024;

    public int MaxGenerateCount { get; init; } = 65_536;

    public int MaxIncludeDepth { get; init; } = 8;

    public static ReaderLimits Default { get; } = new();
}
