namespace LyncExchange.Analyzer.Formats;

/// <summary>The formats the analyzer reads; decided from content by <see cref="FormatDetector"/>.</summary>
public enum DumpFormat
{
    Unknown,
    FormatList,
    FormatTable,
    Transcript,
    Clixml,
    Json,
    Csv,
    Ldif,
    DnsZone,
    WebConfig,
    Registry,
    Manifest,
}
