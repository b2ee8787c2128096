using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Encodings;

/// <summary>
/// Loads a text dump for the readers that work on whole decoded text (cmdlet output, web.config, .reg, CSV):
/// bounded, never throwing, and checked line by line for the marks of a wrong or mixed decoding (LXA0903).
/// </summary>
public static class DumpTextDecoder
{
    /// <summary>Cmdlet output is small; anything larger is hostile or not what these readers are for.</summary>
    public const long MaxTextBytes = 256L * 1024 * 1024;

    /// <summary>After this many suspicious lines one summary says how many more there were.</summary>
    internal const int MaxReportedLines = 5;

    public static bool TryDecode(DumpEntry entry, ReaderContext context, out SourceFile source)
    {
        try
        {
            source = SourceFile.Decode(entry.RelativePath, entry.ReadAllBytes(MaxTextBytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DumpLimitExceededException or InvalidDataException)
        {
            context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.WholeFile(entry.RelativePath), $"file could not be read: {ex.Message}"));
            source = SourceFile.FromText(entry.RelativePath, string.Empty);
            return false;
        }

        CheckText(source, context);
        return true;
    }

    /// <summary>
    /// Reports lines that show a decoding went wrong: U+FFFD (bytes that were not valid in the encoding),
    /// UTF-8 read as ANSI (<c>Ã©</c>, <c>â€™</c>), a byte order mark or NUL in the middle of the text and
    /// ASCII read as UTF-16 (what <c>&gt;&gt;</c> of 8-bit text onto a Windows PowerShell 5.1 file produces).
    /// </summary>
    public static void CheckText(SourceFile source, ReaderContext context)
    {
        var text = source.Text;
        var reported = 0;
        var suppressed = 0;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
            {
                continue;
            }

            var problem = Inspect(text.AsSpan(lineStart, i - lineStart), lineStart == 0, source.Encoding);
            if (problem is not null)
            {
                if (reported < MaxReportedLines)
                {
                    var end = i > lineStart && text[i - 1] == '\r' ? i - 1 : i;
                    context.Diagnostics.Report(new InputDiagnostic(
                        InputDiagnosticIds.Encoding,
                        DumpLocation.OnLine(source.Path, line, 1, end - lineStart),
                        $"{problem}; the file was probably re-encoded or concatenated from parts in different encodings (read as {source.Encoding.Name}). Values on this line may be wrong."));
                    reported++;
                }
                else
                {
                    suppressed++;
                }
            }

            line++;
            lineStart = i + 1;
        }

        if (suppressed > 0)
        {
            context.Diagnostics.Report(new InputDiagnostic(
                InputDiagnosticIds.Encoding,
                DumpLocation.WholeFile(source.Path),
                $"{suppressed} more line(s) show the same encoding problem."));
        }
    }

    internal static string? Inspect(ReadOnlySpan<char> line, bool firstLine, DetectedEncoding encoding)
    {
        var asciiPairs = 0;
        var letters = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case '\uFFFD':
                    return "the line contains U+FFFD, the replacement for bytes that were not valid " + encoding.Name;
                case '\uFEFF' when !(firstLine && i == 0):
                    return "a byte order mark in the middle of the file: another file was appended to this one (>>)";
                case '\0':
                    return "a NUL character: UTF-16 text appended to a file in an 8-bit encoding (>>)";
                case '\u00C3' or '\u00C2' when i + 1 < line.Length && IsUtf8ContinuationAsAnsi(line[i + 1]):
                    return $"'{line.Slice(i, 2)}' is UTF-8 read as ANSI (mojibake)";
                case '\u00E2' when i + 1 < line.Length && line[i + 1] == '\u20AC':
                    return "'\u00E2\u20AC' is UTF-8 punctuation read as ANSI (mojibake)";
            }

            if (char.IsLetterOrDigit(c))
            {
                letters++;
                if (c >= 0x2000 && IsPrintableAscii(c & 0xFF) && IsPrintableAscii(c >> 8))
                {
                    asciiPairs++;
                }
            }
        }

        // Two ASCII characters read as one UTF-16 code unit give a CJK-looking character; real CJK text has them too,
        // so only a line made almost entirely of them counts.
        return asciiPairs >= 4 && asciiPairs * 10 >= letters * 9
            ? "the line decodes to characters that are pairs of ASCII bytes: 8-bit text appended to a UTF-16 file (>>)"
            : null;
    }

    private static bool IsPrintableAscii(int b) => b is >= 0x20 and < 0x7F;

    /// <summary>The characters Windows-1252 gives for the bytes 0x80–0xBF, which follow Ã/Â in UTF-8 read as ANSI.</summary>
    private static bool IsUtf8ContinuationAsAnsi(char c) =>
        c is >= '\u00A0' and <= '\u00BF' || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".Contains(c, StringComparison.Ordinal);
}
