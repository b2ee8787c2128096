using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Manifest;

/// <summary>
/// Reads the collector's <c>manifest.json</c>. Never throws on bad input: a manifest that is not JSON or not the
/// collector's shape is one LXA0904 and is otherwise ignored (the data files are still analysed).
/// </summary>
public static class ManifestReader
{
    public const string FileName = "manifest.json";

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 };

    public static bool IsManifest(DumpEntry entry) => entry.FileName.Equals(FileName, StringComparison.OrdinalIgnoreCase);

    public static CollectorManifest? Read(DumpEntry entry, long maxBytes, IInputDiagnosticSink diagnostics)
    {
        SourceFile source;
        try
        {
            source = SourceFile.Decode(entry.RelativePath, entry.ReadAllBytes(maxBytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DumpLimitExceededException or InvalidDataException)
        {
            diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.WholeFile(entry.RelativePath), $"{entry.RelativePath}: could not be read: {ex.Message}"));
            return null;
        }

        return Parse(entry.RelativePath, source, diagnostics);
    }

    public static CollectorManifest? Parse(string path, SourceFile source, IInputDiagnosticSink diagnostics)
    {
        var text = source.Text;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.OnLine(path, line, column, 1), $"{path}({line},{column}): collector manifest is not valid JSON ({ex.Message.Split('.')[0]})."));
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("commands", out var commands) || commands.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.WholeFile(path), $"{path}: not a Collect-LyncExchangeDump.ps1 manifest (no \"commands\" array); it was ignored."));
                return null;
            }

            var directory = path[..(path.LastIndexOf('/') + 1)];
            var result = ImmutableArray.CreateBuilder<ManifestCommand>();
            var searchFrom = 0;
            foreach (var command in commands.EnumerateArray())
            {
                var name = String(command, "name");
                if (command.ValueKind != JsonValueKind.Object || string.IsNullOrWhiteSpace(name))
                {
                    continue;
                }

                // JsonDocument keeps no positions; the n-th "name" member after the previous one is this command's.
                var location = Locate(path, source, text, name, ref searchFrom);
                var files = ImmutableArray.CreateBuilder<ManifestFile>();
                if (command.TryGetProperty("files", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    foreach (var file in list.EnumerateArray())
                    {
                        if (String(file, "path") is { Length: > 0 } filePath)
                        {
                            files.Add(new ManifestFile(filePath.Replace('\\', '/'), String(file, "role") ?? ManifestFile.LosslessRole));
                        }
                    }
                }

                result.Add(new ManifestCommand(name, String(command, "command"), String(command, "server"), StateOf(String(command, "state")), String(command, "error"), files.ToImmutable(), location));
            }

            return new CollectorManifest(path, directory, String(root, "collectorVersion"), Time(root, "startTime"), Time(root, "endTime"), result.ToImmutable());
        }
    }

    private static ManifestCommandState StateOf(string? state) => state?.Trim().ToLowerInvariant() switch
    {
        "succeeded" => ManifestCommandState.Succeeded,
        "returned nothing" => ManifestCommandState.ReturnedNothing,
        "failed" => ManifestCommandState.Failed,
        "not available" => ManifestCommandState.NotAvailable,
        _ => ManifestCommandState.Unknown,
    };

    private static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static DateTimeOffset? Time(JsonElement root, string property) =>
        String(root, property) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? value
            : null;

    private static DumpLocation Locate(string path, SourceFile source, string text, string name, ref int searchFrom)
    {
        // The same escaping JsonSerializer would write, without the reflection serializer (NativeAOT disables it).
        var needle = "\"" + JsonEncodedText.Encode(name).Value + "\"";
        var at = searchFrom;
        while ((at = text.IndexOf("\"name\"", at, StringComparison.Ordinal)) >= 0)
        {
            var colon = text.IndexOf(':', at + 6);
            var value = colon < 0 ? -1 : text.IndexOf(needle, colon, StringComparison.Ordinal);
            if (value >= 0 && text.AsSpan(colon + 1, value - colon - 1).Trim().IsEmpty)
            {
                searchFrom = value + needle.Length;
                var (line, column) = source.Lines.GetPosition(value);
                return DumpLocation.OnLine(path, line, column, needle.Length);
            }

            at += 6;
        }

        return DumpLocation.WholeFile(path);
    }
}
