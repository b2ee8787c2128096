using System.Collections.Immutable;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Manifest;

/// <summary>One command the collector ran (or could not run), as <c>manifest.json</c> records it.</summary>
public sealed record ManifestCommand(
    string Name,
    string? Command,
    string? Server,
    ManifestCommandState State,
    string? Error,
    ImmutableArray<ManifestFile> Files,
    DumpLocation Location);
