namespace LyncExchange.Analyzer.Formats.FormatList;

/// <summary>
/// The lines of one decoded text as offset ranges, numbered from 1 by their index + 1: what
/// <see cref="PhysicalLine.Split"/> gives, without a string per line. A 100 MB dump has millions of lines and
/// keeps only the values, so the reader's fast path slices the text instead of copying each line.
/// </summary>
internal sealed class LineRanges
{
    private readonly long[] _ranges;

    private LineRanges(long[] ranges, int count)
    {
        _ranges = ranges;
        Count = count;
    }

    public int Count { get; }

    /// <summary>Splits at "\r\n", "\n" and "\r" exactly as <see cref="PhysicalLine.Split"/> does.</summary>
    public static LineRanges Split(string text)
    {
        // One line per ~40 characters is typical of cmdlet output; the array grows if the guess is short.
        var ranges = new long[Math.Max(16, text.Length / 32)];
        var count = 0;
        var start = 0;
        var span = text.AsSpan();
        while (start < text.Length)
        {
            var found = span[start..].IndexOfAny('\r', '\n');
            if (found < 0)
            {
                break;
            }

            var end = start + found;
            Add(ref ranges, ref count, start, found);
            start = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }

        if (start < text.Length)
        {
            Add(ref ranges, ref count, start, text.Length - start);
        }

        return new LineRanges(ranges, count);
    }

    public int Start(int index) => (int)(_ranges[index] >> 32);

    public int Length(int index) => (int)_ranges[index];

    public ReadOnlySpan<char> Text(string source, int index)
    {
        var range = _ranges[index];
        return source.AsSpan((int)(range >> 32), (int)range);
    }

    /// <summary>The line as the slow path's <see cref="PhysicalLine"/>: for the rare lines that need a string.</summary>
    public PhysicalLine ToPhysicalLine(string source, int index) => new(index + 1, source.Substring(Start(index), Length(index)));

    private static void Add(ref long[] ranges, ref int count, int start, int length)
    {
        if (count == ranges.Length)
        {
            Array.Resize(ref ranges, ranges.Length * 2);
        }

        ranges[count++] = ((long)start << 32) | (uint)length;
    }
}
