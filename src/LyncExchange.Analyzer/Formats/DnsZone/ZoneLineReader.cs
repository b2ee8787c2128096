using System.Text;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>
/// Physical lines of a zone file, decoded block by block from the entry's stream: memory is bounded by the longest
/// line (itself bounded by <see cref="ReaderLimits.MaxLineLength"/>), never by the file size.
/// </summary>
internal sealed class ZoneLineReader : IDisposable
{
    private const int BlockChars = 64 * 1024;

    private readonly TextReader _reader;
    private readonly int _maxLineLength;
    private readonly char[] _block = new char[BlockChars];
    private readonly StringBuilder _pending = new();
    private int _position;
    private int _count;
    private bool _endOfStream;

    private ZoneLineReader(TextReader reader, int maxLineLength, DetectedEncoding encoding)
    {
        _reader = reader;
        _maxLineLength = maxLineLength;
        Encoding = encoding;
    }

    public DetectedEncoding Encoding { get; }

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    public static ZoneLineReader Open(DumpEntry entry, int maxLineLength)
    {
        var head = new byte[4096];
        int read;
        using (var probe = entry.Open())
        {
            read = ReadFully(probe, head);
        }

        var encoding = TextEncodingDetector.Detect(head.AsSpan(0, read));
        var stream = entry.Open();
        for (var skipped = 0; skipped < encoding.PreambleLength && stream.ReadByte() >= 0; skipped++)
        {
        }

        var reader = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: BlockChars, leaveOpen: false);
        return new ZoneLineReader(reader, maxLineLength, encoding);
    }

    /// <summary>
    /// The next line without its line break. A line longer than the limit is skipped to its end and returned empty
    /// with <paramref name="tooLong"/> set, so the caller can report it and go on. A line that lies inside the current
    /// block is returned in place, without a copy: it is valid only until the next call.
    /// </summary>
    public bool TryReadLine(out ReadOnlyMemory<char> line, out bool tooLong)
    {
        tooLong = false;
        line = ReadOnlyMemory<char>.Empty;
        if (_position < _count)
        {
            var newline = _block.AsSpan(_position, _count - _position).IndexOf('\n');
            if (newline >= 0 && newline <= _maxLineLength)
            {
                var length = newline > 0 && _block[_position + newline - 1] == '\r' ? newline - 1 : newline;
                line = _block.AsMemory(_position, length);
                _position += newline + 1;
                LineNumber++;
                return true;
            }
        }

        return TryReadLineAcrossBlocks(out line, out tooLong);
    }

    /// <summary>The general case: a line that runs over the end of the block (or is too long) is gathered in a builder.</summary>
    private bool TryReadLineAcrossBlocks(out ReadOnlyMemory<char> line, out bool tooLong)
    {
        _pending.Clear();
        tooLong = false;
        line = ReadOnlyMemory<char>.Empty;
        var sawAny = false;
        while (true)
        {
            if (_position >= _count)
            {
                if (_endOfStream || !Fill())
                {
                    if (!sawAny)
                    {
                        return false;
                    }

                    break;
                }
            }

            sawAny = true;
            var span = _block.AsSpan(_position, _count - _position);
            var newline = span.IndexOf('\n');
            var take = newline < 0 ? span : span[..newline];
            if (!tooLong)
            {
                if (_pending.Length + take.Length > _maxLineLength)
                {
                    tooLong = true;
                    _pending.Clear();
                }
                else
                {
                    _pending.Append(take);
                }
            }

            if (newline >= 0)
            {
                _position += newline + 1;
                break;
            }

            _position = _count;
        }

        LineNumber++;
        if (tooLong)
        {
            return true;
        }

        if (_pending.Length > 0 && _pending[^1] == '\r')
        {
            _pending.Length--;
        }

        line = _pending.ToString().AsMemory();
        return true;
    }

    public void Dispose() => _reader.Dispose();

    private bool Fill()
    {
        _count = _reader.Read(_block, 0, _block.Length);
        _position = 0;
        if (_count <= 0)
        {
            _endOfStream = true;
            _count = 0;
            return false;
        }

        return true;
    }

    private static int ReadFully(Stream stream, byte[] buffer)
    {
        var total = 0;
        int n;
        while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += n;
        }

        return total;
    }
}
