namespace LyncExchange.Analyzer.Dumps;

/// <summary>
/// An archive entry's stream that refuses to yield more bytes than the entry declared (a lying header
/// is how zip bombs slip past the ratio check) and that disposes its archive with it.
/// </summary>
internal sealed class BoundedArchiveStream(IDisposable archive, Stream inner, long declaredLength) : Stream
{
    private long _read;

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
