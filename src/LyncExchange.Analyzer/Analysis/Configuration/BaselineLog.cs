using System.Collections.Immutable;
using System.Text.Json;

namespace LyncExchange.Analyzer.Analysis.Configuration;

/// <summary>
/// The findings of a previous <c>lxa</c> SARIF log (<c>--baseline previous.sarif</c>), keyed by our own
/// fingerprint. Results without it (another tool's log) cannot be matched and are counted, not guessed at.
/// </summary>
public sealed record BaselineLog(string Path, ImmutableArray<BaselineFinding> Findings, int Unmatchable)
{
    private const long MaxBaselineBytes = 256L * 1024 * 1024;

    /// <exception cref="InvalidDataException">The file is not a SARIF log.</exception>
    public static BaselineLog Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"baseline '{path}' does not exist.", path);
        }

        if (info.Length > MaxBaselineBytes)
        {
            throw new InvalidDataException($"baseline '{path}' is larger than {MaxBaselineBytes / (1024 * 1024)} MiB.");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        try
        {
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return FromDocument(path, document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"baseline '{path}' is not JSON: {ex.Message}", ex);
        }
    }

    public static BaselineLog FromDocument(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"baseline '{path}' is not a SARIF log (no \"runs\" array).");
        }

        var findings = ImmutableArray.CreateBuilder<BaselineFinding>();
        var unmatchable = 0;
        foreach (var run in runs.EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                // An absent result of the previous comparison was already gone then; it is not part of that run's findings.
                if (String(result, "baselineState") == "absent")
                {
                    continue;
                }

                var fingerprint = result.TryGetProperty("partialFingerprints", out var prints) && prints.ValueKind == JsonValueKind.Object
                    ? String(prints, FindingIdentity.FingerprintKey)
                    : null;
                if (fingerprint is null)
                {
                    unmatchable++;
                    continue;
                }

                var message = result.TryGetProperty("message", out var m) ? String(m, "text") ?? string.Empty : string.Empty;
                string? logical = null;
                if (result.TryGetProperty("logicalLocations", out var logicals) && logicals.ValueKind == JsonValueKind.Array && logicals.GetArrayLength() > 0)
                {
                    logical = String(logicals[0], "fullyQualifiedName");
                }

                findings.Add(new BaselineFinding(fingerprint, String(result, "ruleId") ?? "?", String(result, "level") ?? "warning", message, logical));
            }
        }

        return new BaselineLog(path, findings.ToImmutable(), unmatchable);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
