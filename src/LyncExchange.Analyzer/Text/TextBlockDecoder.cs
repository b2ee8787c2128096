using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace LyncExchange.Analyzer.Text;

/// <summary>
/// Decodes a dump file block by block into the same characters <see cref="SourceFile.Decode"/> gives for the whole
/// file: the same encoding choice (<see cref="Detect"/>), the byte order mark skipped, a dangling last byte of UTF-16
/// dropped. Large cmdlet output is read this way so that neither the bytes nor the text of the file are held whole.
/// Each block returned by <see cref="Next"/> is valid until the next call.
/// </summary>
public sealed class TextBlockDecoder : IDisposable
{
    public const int DefaultBlockBytes = 256 * 1024;

    private readonly Stream _stream;
    private readonly Decoder _decoder;
    private readonly byte[] _bytes;
    private readonly char[] _chars;

    /// <summary>UTF-16 is fed in whole code units: an odd byte waits for its pair and is dropped at the end.</summary>
    private readonly bool _codeUnits;
    private int _held;
    private bool _finished;

    private TextBlockDecoder(Stream stream, DetectedEncoding encoding, int blockBytes)
    {
        _stream = stream;
        Encoding = encoding;
        _decoder = encoding.Encoding.GetDecoder();
        _codeUnits = encoding.Encoding is UnicodeEncoding;
        _bytes = new byte[Math.Max(blockBytes, 16)];
        _chars = new char[encoding.Encoding.GetMaxCharCount(_bytes.Length + 4) + 4];
    }

    public DetectedEncoding Encoding { get; }

    /// <summary>
    /// <see cref="TextEncodingDetector.Detect"/> of the whole file, reading it in blocks: the head decides unless the
    /// file has neither a byte order mark nor the UTF-16 pattern; then the whole file is checked for valid UTF-8.
    /// </summary>
    public static DetectedEncoding Detect(Func<Stream> open, int blockBytes = DefaultBlockBytes)
    {
        using var stream = open();
        var buffer = new byte[Math.Max(blockBytes, TextEncodingDetector.HeadBytes) + 4];
        var length = ReadFully(stream, buffer.AsSpan(0, TextEncodingDetector.HeadBytes));
        if (TextEncodingDetector.DetectFromHead(buffer.AsSpan(0, length)) is { } known)
        {
            return known;
        }

        return TextEncodingDetector.Utf8OrAnsi(IsValidUtf8(stream, buffer, length));
    }

    /// <summary>Opens the file for decoding in <paramref name="encoding"/> (from <see cref="Detect"/>) after its preamble.</summary>
    public static TextBlockDecoder Open(Func<Stream> open, DetectedEncoding encoding, int blockBytes = DefaultBlockBytes)
    {
        var stream = open();
        try
        {
            Span<byte> preamble = stackalloc byte[4];
            ReadFully(stream, preamble[..encoding.PreambleLength]);
            return new TextBlockDecoder(stream, encoding, blockBytes);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The next characters of the file; empty once it is decoded to its end.</summary>
    public ReadOnlyMemory<char> Next()
    {
        while (!_finished)
        {
            var read = _stream.Read(_bytes, _held, _bytes.Length - _held);
            int written;
            if (read == 0)
            {
                _finished = true;
                written = _decoder.GetChars(ReadOnlySpan<byte>.Empty, _chars, flush: true);
            }
            else
            {
                var available = _held + read;
                var fed = _codeUnits ? available & ~1 : available;
                written = _decoder.GetChars(_bytes.AsSpan(0, fed), _chars, flush: false);
                _held = available - fed;
                if (_held > 0)
                {
                    _bytes[0] = _bytes[fed];
                }
            }

            if (written > 0)
            {
                return _chars.AsMemory(0, written);
            }
        }

        return ReadOnlyMemory<char>.Empty;
    }

    public void Dispose() => _stream.Dispose();

    private static int ReadFully(Stream stream, Span<byte> destination)
    {
        var total = 0;
        int read;
        while (total < destination.Length && (read = stream.Read(destination[total..])) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>Whether the head already in <paramref name="buffer"/> and the rest of the stream are one valid UTF-8 text.</summary>
    private static bool IsValidUtf8(Stream stream, byte[] buffer, int length)
    {
        var scratch = ArrayPool<char>.Shared.Rent(buffer.Length);
        try
        {
            var end = false;
            while (true)
            {
                if (!end)
                {
                    var read = stream.Read(buffer, length, buffer.Length - length);
                    end = read == 0;
                    length += read;
                }

                var input = buffer.AsSpan(0, length);
                OperationStatus status;
                do
                {
                    status = Utf8.ToUtf16(input, scratch, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: end);
                    input = input[consumed..];
                }
                while (status == OperationStatus.DestinationTooSmall);

                if (status == OperationStatus.InvalidData)
                {
                    return false;
                }

                if (end)
                {
                    return status == OperationStatus.Done;
                }

                // NeedMoreData leaves the start of a sequence that the next read completes.
                input.CopyTo(buffer);
                length = input.Length;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }
}
