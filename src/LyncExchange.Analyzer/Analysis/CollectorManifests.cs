using System.Collections.Immutable;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.Manifest;

namespace LyncExchange.Analyzer.Analysis;

/// <summary>
/// The engine's use of the collector's <c>manifest.json</c> files: read them before the data files, pick one file of
/// each lossless/readable-copy pair (the collector writes every cmdlet twice; reading both would double every
/// finding), and take the collection time.
/// </summary>
internal static class CollectorManifests
{
    private const long MaxManifestBytes = 16 * 1024 * 1024;

    public static ImmutableArray<CollectorManifest> Read(IEnumerable<DumpEntry> entries, IInputDiagnosticSink input) =>
        [.. entries.Where(ManifestReader.IsManifest).Select(e => ManifestReader.Read(e, MaxManifestBytes, input)).OfType<CollectorManifest>()];

    /// <summary>
    /// For each pair the manifest declares, the file that is not read, with the one that is: the readable copy
    /// when this version reads the lossless file's format, otherwise the lossless file (its copy is read instead).
    /// </summary>
    public static ImmutableDictionary<string, string> CopiesNotRead(ImmutableArray<CollectorManifest> manifests, IEnumerable<DumpEntry> entries)
    {
        if (manifests.IsEmpty)
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        var byPath = entries.ToDictionary(e => e.RelativePath, StringComparer.Ordinal);
        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var manifest in manifests)
        {
            foreach (var command in manifest.Commands)
            {
                var lossless = command.Files.FirstOrDefault(f => f.Role == ManifestFile.LosslessRole);
                var copy = command.Files.FirstOrDefault(f => f.Role == ManifestFile.ReadableCopyRole);
                if (lossless is null || copy is null
                    || !byPath.TryGetValue(manifest.Directory + lossless.Path, out var losslessEntry)
                    || !byPath.ContainsKey(manifest.Directory + copy.Path))
                {
                    continue;
                }

                if (IsReadable(losslessEntry))
                {
                    result[manifest.Directory + copy.Path] = losslessEntry.RelativePath;
                }
                else
                {
                    result[losslessEntry.RelativePath] = manifest.Directory + copy.Path;
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The file list entry of a manifest, or of a file not read because its twin is; null for every other file.</summary>
    public static AnalyzedFile? Describe(DumpEntry entry, ImmutableArray<CollectorManifest> manifests, ImmutableDictionary<string, string> notRead)
    {
        if (ManifestReader.IsManifest(entry))
        {
            var manifest = manifests.FirstOrDefault(m => m.Path == entry.RelativePath);
            return new AnalyzedFile(entry.RelativePath, DumpFormat.Manifest, "utf-8", null, "file-name", manifest?.Commands.Length ?? 0);
        }

        return notRead.TryGetValue(entry.RelativePath, out var twin)
            ? new AnalyzedFile(entry.RelativePath, DumpFormat.Unknown, "unknown", null, $"manifest: same objects as {twin}, which was read", 0)
            : null;
    }

    /// <summary>The most recent collection start: certificate dates are judged as of the newest dump.</summary>
    public static DateTimeOffset? CollectionTime(ImmutableArray<CollectorManifest> manifests) =>
        manifests.Select(m => m.StartTime).Where(t => t is not null).Max();

    private static bool IsReadable(DumpEntry entry)
    {
        try
        {
            var format = FormatDetector.Detect(entry).Format;
            return ReaderRegistry.For(format) is not null || ReaderRegistry.RecordReaderFor(format) is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DumpLimitExceededException or InvalidDataException)
        {
            return false;
        }
    }
}
