using System.Text;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.FormatList;

/// <summary>
/// A property being assembled from its first line and its continuation lines. The reader decides how each
/// continuation joins (<see cref="FormatListLayout.JoinerFor"/>): with nothing after a wrap, with the space a
/// trimming transfer removed, or with '\n' for an embedded newline.
/// </summary>
internal sealed class PendingProperty(string label, int line, int column)
{
    private readonly StringBuilder _value = new();
    private readonly List<Segment> _segments = [];

    public string Label { get; } = label;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Value => _value.ToString();

    public int LastLine => _segments.Count == 0 ? Line : _segments[^1].Line;

    public void AddSegment(int line, int column, string text, string joiner = "")
    {
        _value.Append(joiner);

        _segments.Add(new Segment(_value.Length, line, column, text.Length));
        _value.Append(text);
    }

    /// <summary>Trailing spaces belong to the layout (an empty value prints "Label : "), not to the value.</summary>
    public string TrimmedValue => Value.TrimEnd(' ');

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

    private readonly record struct Segment(int Offset, int Line, int Column, int Length);
}
