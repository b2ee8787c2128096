using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Analysis.Configuration;

/// <summary>
/// <c>lxa.suppressions.json</c>: <c>{ "suppressions": [ { "ruleId", "logicalLocation", "valueHash"?,
/// "justification", "author"?, "ticket"?, "expires"? (yyyy-MM-dd) } ] }</c> (a bare array is accepted too).
/// Entries that cannot be used are reported on their line as LXA0904; expired ones as info and not applied.
/// </summary>
public static class SuppressionFile
{
    public static (ImmutableArray<Suppression> Active, ImmutableArray<Suppression> Expired, ImmutableArray<Diagnostic> Problems) Parse(
        string path, byte[] bytes, DateOnly today)
    {
        var active = ImmutableArray.CreateBuilder<Suppression>();
        var expired = ImmutableArray.CreateBuilder<Suppression>();
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        var body = bytes.AsSpan();
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        var lines = new LineIndex(body);
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                return (active.ToImmutable(), expired.ToImmutable(), problems.ToImmutable());
            }

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                var found = false;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString();
                    reader.Read();
                    if (string.Equals(name, "suppressions", StringComparison.OrdinalIgnoreCase) && reader.TokenType == JsonTokenType.StartArray)
                    {
                        found = true;
                        ReadArray(ref reader, path, lines, today, active, expired, problems);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                if (!found)
                {
                    problems.Add(ConfigurationProblem.Create(DumpLocation.WholeFile(path), "no \"suppressions\" array found; nothing is suppressed."));
                }
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                ReadArray(ref reader, path, lines, today, active, expired, problems);
            }
            else
            {
                problems.Add(ConfigurationProblem.Create(DumpLocation.WholeFile(path), "expected a JSON object with a \"suppressions\" array; nothing is suppressed."));
            }
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            problems.Add(ConfigurationProblem.Create(
                DumpLocation.OnLine(path, line, column, 1),
                $"not valid JSON ({ex.Message}); the suppressions after this point are not applied."));
        }

        return (active.ToImmutable(), expired.ToImmutable(), problems.ToImmutable());
    }

    private static void ReadArray(
        ref Utf8JsonReader reader,
        string path,
        LineIndex lines,
        DateOnly today,
        ImmutableArray<Suppression>.Builder active,
        ImmutableArray<Suppression>.Builder expired,
        ImmutableArray<Diagnostic>.Builder problems)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var (line, column) = lines.Position((int)reader.TokenStartIndex);
            var location = DumpLocation.OnLine(path, line, column, 1);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                problems.Add(ConfigurationProblem.Create(location, "a suppression must be a JSON object; entry ignored."));
                reader.Skip();
                continue;
            }

            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    fields[name] = reader.GetString()!;
                }
                else
                {
                    reader.Skip();
                }
            }

            var ruleId = fields.GetValueOrDefault("ruleId")?.Trim();
            var logical = fields.GetValueOrDefault("logicalLocation");
            var justification = fields.GetValueOrDefault("justification")?.Trim();
            if (string.IsNullOrEmpty(ruleId) || string.IsNullOrEmpty(logical))
            {
                problems.Add(ConfigurationProblem.Create(location, "suppression without \"ruleId\" and \"logicalLocation\"; entry ignored."));
                continue;
            }

            if (string.IsNullOrEmpty(justification))
            {
                problems.Add(ConfigurationProblem.Create(location, $"suppression of {ruleId} for '{logical}' has no \"justification\"; entry ignored (a suppression must say why)."));
                continue;
            }

            DateOnly? expires = null;
            if (fields.TryGetValue("expires", out var expiresText))
            {
                if (!DateOnly.TryParseExact(expiresText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    problems.Add(ConfigurationProblem.Create(location, $"suppression of {ruleId} for '{logical}': \"expires\" must be an ISO date (yyyy-MM-dd), found '{expiresText}'; entry ignored."));
                    continue;
                }

                expires = date;
            }

            var suppression = new Suppression(
                ruleId.ToUpperInvariant(),
                logical,
                fields.GetValueOrDefault("valueHash")?.Trim().ToLowerInvariant(),
                justification,
                fields.GetValueOrDefault("author"),
                fields.GetValueOrDefault("ticket"),
                expires,
                location);
            if (suppression.IsExpiredOn(today))
            {
                expired.Add(suppression);
                problems.Add(ConfigurationProblem.Create(
                    location,
                    $"suppression of {suppression.RuleId} for '{logical}' expired on {expires!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(suppression.Ticket is null ? string.Empty : " (ticket " + suppression.Ticket + ")")}; the finding is reported again.",
                    DiagnosticSeverity.Info));
            }
            else
            {
                active.Add(suppression);
            }
        }
    }

    /// <summary>Byte offset → 1-based line and column (in characters) of the UTF-8 text.</summary>
    private sealed class LineIndex
    {
        private readonly byte[] _bytes;
        private readonly List<int> _starts = [0];

        public LineIndex(ReadOnlySpan<byte> bytes)
        {
            _bytes = bytes.ToArray();
            for (var i = 0; i < _bytes.Length; i++)
            {
                if (_bytes[i] == (byte)'\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Position(int offset)
        {
            var index = _starts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            var column = Encoding.UTF8.GetCharCount(_bytes, _starts[line], offset - _starts[line]) + 1;
            return (line + 1, column);
        }
    }
}
