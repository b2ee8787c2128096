using System.Runtime.CompilerServices;
using System.Text;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>
/// Splits a stream into physical lines (LF or CRLF; the CR is dropped) without decoding it: bytes are read in
/// 64 KB blocks and each line is handed out as a span over the block, so a 1 GB export never sits in memory.
/// A UTF-8 byte order mark is skipped; UTF-16 (what <c>ldifde -u</c> writes) is transcoded to UTF-8 on the fly.
/// </summary>
internal sealed class LdifLineReader : IDisposable
{
    public const int BlockSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxLineLength;
    private byte[] _buffer = new byte[BlockSize];
    private byte[] _cutLine = [];
    private int _start;
    private int _end;
    private bool _eof;

    private LdifLineReader(Stream stream, int maxLineLength, string encodingName)
    {
        _stream = stream;
        _maxLineLength = maxLineLength;
        EncodingName = encodingName;
    }

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>How the bytes were taken: <c>utf-8</c> (or ANSI, decided per value), <c>utf-8-bom</c>, <c>utf-16le-bom</c>…</summary>
    public string EncodingName { get; }

    /// <summary>Set when the last line returned was longer than the limit and was cut there.</summary>
    public bool LastLineWasCut { get; private set; }

    public static LdifLineReader Open(Stream stream, int maxLineLength)
    {
        var head = new byte[4096];
        var read = 0;
        int n;
        while (read < head.Length && (n = stream.Read(head, read, head.Length - read)) > 0)
        {
            read += n;
        }

        var detected = TextEncodingDetector.Detect(head.AsSpan(0, read));
        if (detected.Encoding is UnicodeEncoding)
        {
            var utf16 = new PrefixedStream(head.AsMemory(detected.PreambleLength, read - detected.PreambleLength), stream);
            var transcoded = Encoding.CreateTranscodingStream(utf16, detected.Encoding, new UTF8Encoding(false), leaveOpen: false);
            return new LdifLineReader(transcoded, maxLineLength, detected.Name);
        }

        var bom = detected.Name == "utf-8-bom";
        var skip = bom ? 3 : 0;
        return new LdifLineReader(new PrefixedStream(head.AsMemory(skip, read - skip), stream), maxLineLength, bom ? "utf-8-bom" : "utf-8");
    }

    /// <summary>The next line without its line break; false at the end of the stream.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        LastLineWasCut = false;
        while (true)
        {
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = TrimCarriageReturn(available[..newline]);
                _start += newline + 1;
                LineNumber++;
                return true;
            }

            if (_eof)
            {
                if (available.IsEmpty)
                {
                    line = default;
                    return false;
                }

                line = TrimCarriageReturn(available);
                _start = _end;
                LineNumber++;
                return true;
            }

            if (available.Length >= _maxLineLength)
            {
                // A line beyond the limit is handed out cut; the rest of it is discarded up to its line break.
                _cutLine = available[.._maxLineLength].ToArray();
                DiscardThroughNewline();
                line = _cutLine;
                LastLineWasCut = true;
                LineNumber++;
                return true;
            }

            Fill();
        }
    }

    public void Dispose() => _stream.Dispose();

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

    private void DiscardThroughNewline()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start += newline + 1;
                return;
            }

            _start = _end = 0;
            if (_eof)
            {
                return;
            }

            var read = _stream.Read(_buffer, 0, _buffer.Length);
            if (read == 0)
            {
                _eof = true;
                return;
            }

            _end = read;
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, Math.Max(_maxLineLength + 1, BlockSize)));
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }
        else
        {
            _end += read;
        }
    }
}
