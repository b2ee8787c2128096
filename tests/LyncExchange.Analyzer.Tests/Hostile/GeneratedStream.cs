namespace LyncExchange.Analyzer.Tests.Hostile;

/// <summary>A read-only stream of a prefix, then <paramref name="fillLength"/> copies of one byte, then a suffix — made on the fly, never held.</summary>
internal sealed class GeneratedStream(byte[] prefix, byte fill, long fillLength, byte[] suffix) : Stream
{
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => prefix.Length + fillLength + suffix.Length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count && _position < Length)
        {
            buffer[offset + written] = _position < prefix.Length
                ? prefix[_position]
                : _position < prefix.Length + fillLength ? fill : suffix[_position - prefix.Length - fillLength];
            if (_position >= prefix.Length && _position < prefix.Length + fillLength)
            {
                // The fill is the bulk: copy it in blocks, not byte by byte.
                var run = (int)Math.Min(count - written, prefix.Length + fillLength - _position);
                buffer.AsSpan(offset + written, run).Fill(fill);
                written += run;
                _position += run;
                continue;
            }

            written++;
            _position++;
        }

        return written;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
