using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.Encodings;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Json;

/// <summary>
/// Reads <c>ConvertTo-Json</c> output (formats.md §3.2): one object or an array of objects. Windows PowerShell
/// 5.1 dates stay <c>/Date(ms)/</c> text and PowerShell 7 dates ISO text, enums stay numbers (the binder maps
/// both); all text is invariant. <see cref="Utf8JsonReader"/> gives byte offsets, turned into line and column
/// of the decoded text so every value has a span (JsonDocument has no positions).
/// </summary>
public sealed class JsonReader : IDumpReader
{
    public DumpFormat Format => DumpFormat.Json;

    public IEnumerable<DumpObject> Read(DumpEntry entry, ReaderContext context)
    {
        if (!DumpTextDecoder.TryDecode(entry, context, out var source))
        {
            return [];
        }

        // Windows PowerShell 5.1 writes JSON as UTF-16 with '>'; the reader wants UTF-8, so re-encode the decoded text.
        var bytes = new UTF8Encoding(false).GetBytes(source.Text);
        var parser = new Parser(source.Path, bytes, context);
        return parser.ReadAll();
    }

    private sealed class Parser(string path, byte[] bytes, ReaderContext context)
    {
        private readonly List<int> _lineStarts = LineStarts(bytes);

        public List<DumpObject> ReadAll()
        {
            var results = new List<DumpObject>();
            var options = new JsonReaderOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
                MaxDepth = Math.Max(1, context.Limits.MaxXmlDepth),
            };
            var reader = new Utf8JsonReader(bytes, options);
            try
            {
                if (!reader.Read())
                {
                    return results;
                }

                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        results.Add(TopLevel(ref reader));
                        if (results.Count > context.Limits.MaxObjectsPerFile)
                        {
                            Report(At(reader.TokenStartIndex, 1), $"more than {context.Limits.MaxObjectsPerFile:N0} objects; the rest of the file is not read");
                            return results;
                        }
                    }
                }
                else
                {
                    results.Add(TopLevel(ref reader));
                }

                if (reader.Read())
                {
                    Report(At(reader.TokenStartIndex, 1), "text after the end of the JSON value was ignored");
                }
            }
            catch (JsonException ex)
            {
                var line = (int)Math.Min(int.MaxValue, (ex.LineNumber ?? 0) + 1);
                var column = (int)Math.Min(int.MaxValue, (ex.BytePositionInLine ?? 0) + 1);
                Report(DumpLocation.OnLine(path, line, column, 1), $"the JSON is not well-formed, reading stopped here: {ex.Message}");
            }

            return results;
        }

        private DumpObject TopLevel(ref Utf8JsonReader reader)
        {
            var location = At(reader.TokenStartIndex, 1);
            var value = ReadValue(ref reader);
            if (value.Kind == DumpValueKind.Object && value.Object is { } dump)
            {
                return dump;
            }

            return new DumpObject { SourcePath = path, Location = location, Text = value.AsText() };
        }

        private DumpValue ReadValue(ref Utf8JsonReader reader)
        {
            var start = reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return ReadObject(ref reader);
                case JsonTokenType.StartArray:
                    var items = ImmutableArray.CreateBuilder<DumpValue>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        items.Add(ReadValue(ref reader));
                    }

                    return DumpValue.Collection(items.ToImmutable(), Span(start, reader.TokenStartIndex + 1)) with { IsInvariant = true };
                case JsonTokenType.String:
                    var text = Text(ref reader);
                    return new DumpValue { Kind = DumpValueKind.Scalar, Text = text, Location = Span(start, reader.TokenStartIndex + reader.ValueSpan.Length + 2), IsInvariant = true, PrimitiveType = "String" };
                case JsonTokenType.Number:
                    var number = Encoding.UTF8.GetString(reader.ValueSpan);
                    return new DumpValue { Kind = DumpValueKind.Scalar, Text = number, Location = Span(start, start + reader.ValueSpan.Length), IsInvariant = true, PrimitiveType = "Number" };
                case JsonTokenType.True or JsonTokenType.False:
                    var flag = reader.TokenType == JsonTokenType.True ? "True" : "False";
                    return new DumpValue { Kind = DumpValueKind.Scalar, Text = flag, Location = Span(start, start + flag.Length), IsInvariant = true, PrimitiveType = "Boolean" };
                default:
                    return DumpValue.Null(Span(start, start + 4));
            }
        }

        private DumpValue ReadObject(ref Utf8JsonReader reader)
        {
            var start = reader.TokenStartIndex;
            var properties = ImmutableArray.CreateBuilder<DumpProperty>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = Text(ref reader);
                var nameLocation = Span(reader.TokenStartIndex, reader.TokenStartIndex + reader.ValueSpan.Length + 2);
                reader.Read();
                var value = ReadValue(ref reader);
                if (names.Add(name))
                {
                    properties.Add(new DumpProperty(name, value, nameLocation));
                }
                else
                {
                    Report(nameLocation, $"property '{name}' appears twice in one object; the second value is ignored");
                }
            }

            var location = At(start, 1);
            var dump = new DumpObject { SourcePath = path, Location = location, Properties = properties.ToImmutable() };
            return new DumpValue { Kind = DumpValueKind.Object, Object = dump, Location = Span(start, reader.TokenStartIndex + 1), IsInvariant = true };
        }

        /// <summary>
        /// The string's text. A lone surrogate escape (<c>"\ud800"</c>) is valid JSON syntax but no string, and GetString
        /// throws on it (the in-process fuzzer found it): the escaped text is kept as written and the problem reported.
        /// </summary>
        private string Text(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString() ?? string.Empty;
            }
            catch (InvalidOperationException)
            {
                var raw = Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
                Report(At(reader.TokenStartIndex, raw.Length + 2), "the string contains a \\u escape of half a surrogate pair, which is no character; it is kept as written");
                return raw;
            }
        }

        private DumpLocation At(long offset, int length)
        {
            var (line, column) = Position(offset);
            return DumpLocation.OnLine(path, line, column, length);
        }

        private DumpLocation Span(long start, long end)
        {
            var (line, column) = Position(start);
            var (endLine, endColumn) = Position(Math.Min(end, bytes.Length));
            return new DumpLocation(path, line, column, endLine, endColumn);
        }

        /// <summary>Byte offset to 1-based line and UTF-16 column, as the decoded text counts them.</summary>
        private (int Line, int Column) Position(long offset)
        {
            var index = _lineStarts.BinarySearch((int)offset);
            if (index < 0)
            {
                index = ~index - 1;
            }

            var lineStart = _lineStarts[index];
            var column = Encoding.UTF8.GetCharCount(bytes, lineStart, (int)offset - lineStart) + 1;
            return (index + 1, column);
        }

        private void Report(DumpLocation location, string message) =>
            context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, location, message));

        private static List<int> LineStarts(byte[] bytes)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
                {
                    starts.Add(i + 1);
                }
            }

            return starts;
        }
    }
}
