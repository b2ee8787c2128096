namespace LyncExchange.Analyzer.Text;

/// <summary>Maps character offsets of a decoded text to 1-based line and column numbers.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    private LineMap(int[] lineStarts) => _lineStarts = lineStarts;

    public int LineCount => _lineStarts.Length;

    public static LineMap Build(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return new LineMap([.. starts]);
    }

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int GetLineStart(int line) => _lineStarts[line - 1];

    public (int Line, int Column) GetPosition(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _lineStarts[index] + 1);
    }
}
