using System.Text;

namespace LyncExchange.Analyzer.Formats.FormatTable;

/// <summary>A cell being assembled from its fragments on the row's first line and on wrapped (<c>-Wrap</c>) lines.</summary>
internal sealed class TableCell
{
    private readonly StringBuilder _text = new();
    private readonly List<Fragment> _fragments = [];

    public string Text => _text.ToString();

    public bool IsEmpty => _fragments.Count == 0;

    public int LastFragmentLength => _fragments.Count == 0 ? 0 : _fragments[^1].Length;

    public void Add(int line, int column, string fragment, string joiner)
    {
        if (_fragments.Count > 0)
        {
            _text.Append(joiner);
        }

        _fragments.Add(new Fragment(_text.Length, line, column, fragment.Length));
        _text.Append(fragment);
    }

    public Text.DumpLocation LocationOf(string path, int offset, int length)
    {
        var (line, column) = PositionOf(offset);
        var (endLine, endColumn) = PositionOf(offset + length);
        return new Text.DumpLocation(path, line, column, endLine, endColumn);
    }

    public Text.DumpLocation Location(string path) =>
        _fragments.Count == 0 ? LyncExchange.Analyzer.Text.DumpLocation.None : LocationOf(path, 0, _text.Length);

    private (int Line, int Column) PositionOf(int offset)
    {
        for (var i = _fragments.Count - 1; i >= 0; i--)
        {
            var fragment = _fragments[i];
            if (offset >= fragment.Offset)
            {
                return (fragment.Line, fragment.Column + Math.Min(offset - fragment.Offset, fragment.Length));
            }
        }

        return (_fragments[0].Line, _fragments[0].Column);
    }

    private readonly record struct Fragment(int Offset, int Line, int Column, int Length);
}
