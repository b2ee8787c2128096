namespace LyncExchange.Analyzer.Dumps;

/// <summary>
/// An archive entry's stream that refuses to yield more bytes than the entry declared (a lying header
/// is how zip bombs slip past the ratio check) and that disposes its archive with it. The zip library itself
/// stops at the declared size without a word, so at the end the CRC of what was read is checked against the
/// header's: a mismatch means the entry was cut (or is corrupt) and is reported instead of read silently in part.
/// </summary>
internal sealed class BoundedArchiveStream(IDisposable archive, Stream inner, long declaredLength, uint? expectedCrc = null) : Stream
{
    private long _read;
    private uint _crc = 0xFFFFFFFF;
    private bool _checked;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => declaredLength;
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        _read += n;
        if (_read > declaredLength)
        {
            throw new DumpLimitExceededException("archive entry is larger than its header declares");
        }

        if (expectedCrc is { } expected)
        {
            _crc = Crc32.Update(_crc, buffer.AsSpan(offset, n));
            if (n == 0 && count > 0 && !_checked)
            {
                _checked = true;
                if ((_crc ^ 0xFFFFFFFF) != expected)
                {
                    throw new DumpLimitExceededException($"archive entry does not match its header (CRC mismatch after {_read:N0} bytes): it is corrupt or larger than the header declares, and was only partly read");
                }
            }
        }

        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            archive.Dispose();
        }

        base.Dispose(disposing);
    }
}
