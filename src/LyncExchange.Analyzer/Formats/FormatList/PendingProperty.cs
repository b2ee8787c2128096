using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.FormatList;

/// <summary>
/// A property being assembled from its first line and its continuation lines. The reader decides how each
/// continuation joins (<see cref="FormatListLayout.JoinerFor(string, string, bool, int)"/>): with nothing after a wrap, with the space a
/// trimming transfer removed, or with '\n' for an embedded newline. One instance is reused for every property of
/// a file (<see cref="Reset"/>): the builder turns it into a <see cref="Dumps.DumpValue"/> before the next starts.
/// </summary>
internal sealed class PendingProperty
{
    private readonly List<Segment> _segments = [];
    private char[] _value = new char[256];
    private int _length;

    public PendingProperty(string label, int line, int column) => Reset(label, line, column);

    public string Label { get; private set; } = string.Empty;

    public int Line { get; private set; }

    public int Column { get; private set; }

    public string Value => new(_value, 0, _length);

    /// <summary>The joined value so far starts with '{', as a collection does (without building the string).</summary>
    public bool ValueStartsWithBrace => _length > 0 && _value[0] == '{';

    public int LastLine => _segments.Count == 0 ? Line : _segments[^1].Line;

    /// <summary>Trailing spaces belong to the layout (an empty value prints "Label : "), not to the value.</summary>
    public string TrimmedValue => _value.AsSpan(0, _length).TrimEnd(' ') is var trimmed && trimmed.Length == 0 ? string.Empty : new string(trimmed);

    public void Reset(string label, int line, int column)
    {
        Label = label;
        Line = line;
        Column = column;
        _length = 0;
        _segments.Clear();
    }

    public void AddSegment(int line, int column, ReadOnlySpan<char> text, string joiner = "")
    {
        Append(joiner);
        _segments.Add(new Segment(_length, line, column, text.Length));
        Append(text);
    }

    /// <summary>Maps an offset in the joined value back to a physical line and column.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        for (var i = _segments.Count - 1; i >= 0; i--)
        {
            var segment = _segments[i];
            if (offset >= segment.Offset)
            {
                return (segment.Line, segment.Column + Math.Min(offset - segment.Offset, segment.Length));
            }
        }

        return (Line, Column);
    }

    public DumpLocation LocationOf(string path, int offset, int length)
    {
        var (startLine, startColumn) = PositionOf(offset);
        var (endLine, endColumn) = PositionOf(offset + length);
        if (length > 0 && endColumn == 1 + 0 && endLine > startLine)
        {
            (endLine, endColumn) = PositionOf(offset + length - 1);
            endColumn++;
        }

        return new DumpLocation(path, startLine, startColumn, endLine, endColumn);
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _value.Length)
        {
            Array.Resize(ref _value, Math.Max(_value.Length * 2, _length + text.Length));
        }

        text.CopyTo(_value.AsSpan(_length));
        _length += text.Length;
    }

    private readonly record struct Segment(int Offset, int Line, int Column, int Length);
}
