using System.Text;
using System.Text.Unicode;

namespace LyncExchange.Analyzer.Text;

/// <summary>
/// Decides how the bytes of a dump are encoded. Windows PowerShell 5.1 writes UTF-16LE with a BOM
/// for <c>&gt;</c> and <c>Out-File</c>; PowerShell 7 writes UTF-8 without one; <c>ldifde</c> writes ANSI.
/// </summary>
public static class TextEncodingDetector
{
    /// <summary>How many leading bytes <see cref="DetectFromHead"/> looks at.</summary>
    public const int HeadBytes = 4096;

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    });

    public static Encoding Ansi => Windows1252.Value;

    /// <summary>Looks at the head of a file (a few KB are enough) and, for UTF-8 validity, the whole buffer given.</summary>
    public static DetectedEncoding Detect(ReadOnlySpan<byte> bytes) => DetectFromHead(bytes) ?? Utf8OrAnsi(Utf8.IsValid(bytes));

    /// <summary>
    /// What the first <see cref="HeadBytes"/> bytes of a file (or all of a shorter one) decide alone: a byte order mark
    /// or the NUL pattern of BOM-less UTF-16. Null when the answer rests on whether the whole file is valid UTF-8
    /// (<see cref="Utf8OrAnsi"/>), which a block reader checks without loading the file.
    /// </summary>
    public static DetectedEncoding? DetectFromHead(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            return new DetectedEncoding(new UTF8Encoding(false), "utf-8-bom", 3, null);
        }

        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            return new DetectedEncoding(new UnicodeEncoding(false, false), "utf-16le-bom", 2, null);
        }

        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            return new DetectedEncoding(new UnicodeEncoding(true, false), "utf-16be-bom", 2, null);
        }

        var utf16 = GuessBomlessUtf16(head);
        if (utf16 is { } bigEndian)
        {
            return new DetectedEncoding(
                new UnicodeEncoding(bigEndian, false),
                bigEndian ? "utf-16be" : "utf-16le",
                0,
                "UTF-16 without a byte order mark (detected from NUL bytes)");
        }

        return null;
    }

    /// <summary>The encoding of a file without a byte order mark or UTF-16 pattern, once its UTF-8 validity is known.</summary>
    public static DetectedEncoding Utf8OrAnsi(bool validUtf8) =>
        validUtf8
            ? new DetectedEncoding(new UTF8Encoding(false), "utf-8", 0, null)
            : new DetectedEncoding(Ansi, "windows-1252", 0, "not valid UTF-8; decoded as Windows-1252 (ANSI)");

    /// <summary>True for little-endian, false for big-endian, null when the bytes do not look like UTF-16.</summary>
    private static bool? GuessBomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, HeadBytes)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0, pairs = sample.Length / 2;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0)
            {
                evenNuls++;
            }

            if (sample[i + 1] == 0)
            {
                oddNuls++;
            }
        }

        // ASCII text in UTF-16 has a NUL in nearly every pair on one side and almost none on the other.
        if (oddNuls > pairs * 0.6 && evenNuls < pairs * 0.1)
        {
            return false;
        }

        if (evenNuls > pairs * 0.6 && oddNuls < pairs * 0.1)
        {
            return true;
        }

        return null;
    }
}
