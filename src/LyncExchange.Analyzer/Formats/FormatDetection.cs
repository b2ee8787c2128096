using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats;

/// <summary>The format and encoding decided for one file.</summary>
public sealed record FormatDetection(DumpFormat Format, DetectedEncoding Encoding);
