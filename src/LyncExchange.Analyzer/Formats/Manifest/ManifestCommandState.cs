namespace LyncExchange.Analyzer.Formats.Manifest;

/// <summary>The collector's per-command outcome (<c>state</c> in <c>manifest.json</c>).</summary>
public enum ManifestCommandState
{
    /// <summary>A state this version does not know; treated as saying nothing.</summary>
    Unknown,
    Succeeded,
    ReturnedNothing,
    Failed,
    NotAvailable,
}
