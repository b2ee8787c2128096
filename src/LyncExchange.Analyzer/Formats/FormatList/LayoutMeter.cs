using System.Globalization;

namespace LyncExchange.Analyzer.Formats.FormatList;

/// <summary>
/// Measures <see cref="FormatListLayout"/> while the lines stream past (the lengths of lines that a continuation
/// follows), so the layout of a whole file is known without keeping its lines.
/// </summary>
internal sealed class LayoutMeter : ILineSink
{
    private readonly Dictionary<int, int> _counts = [];
    private bool _previousMayBeWrapped;
    private int _previousLength;

    public bool Line(ReadOnlySpan<char> line)
    {
        if (_previousMayBeWrapped && line.Length > 0 && line[0] == ' ')
        {
            _counts[_previousLength] = _counts.GetValueOrDefault(_previousLength) + 1;
        }

        _previousLength = line.Length;
        _previousMayBeWrapped = FormatListLayout.MayBeWrapped(line);
        return false;
    }

    public FormatListLayout Layout(CultureInfo culture) => FormatListLayout.ForWidth(FormatListLayout.MostCommonLength(_counts), culture);
}
