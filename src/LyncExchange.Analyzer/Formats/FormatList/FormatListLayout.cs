using System.Globalization;

namespace LyncExchange.Analyzer.Formats.FormatList;

/// <summary>
/// How the formatter laid a file out: the screen width it wrapped at (if it wrapped) and whether the shell's
/// culture word-wraps (en, fr, de, it, pt, es) or breaks lines hard every field width (every other culture,
/// formats.md §2.3). From these the reader decides how a continuation line joins the previous fragment.
/// </summary>
internal sealed record FormatListLayout(int Width, bool WordWrap)
{
    /// <summary>No console is narrower; a file whose longest line is shorter was never wrapped.</summary>
    private const int MinimumScreenWidth = 50;

    private static readonly HashSet<string> WordWrapLanguages = new(StringComparer.Ordinal) { "en", "fr", "de", "it", "pt", "es" };

    public bool WidthKnown => Width != int.MaxValue;

    public static FormatListLayout For(List<PhysicalLine> lines, int start, int end, CultureInfo culture) =>
        new(EstimateWidth(lines, start, end), WordWrapLanguages.Contains(culture.TwoLetterISOLanguageName));

    /// <summary>
    /// What goes between the previous fragment and a continuation fragment. A line filled to the width was
    /// wrapped (join with nothing); in word-wrap cultures a line ending in a space was wrapped at that space,
    /// and a shorter line without one was wrapped at a space that a trimming transfer (or the host) removed
    /// when the next word could not have fitted on it (join with a space). Anything else is an embedded newline.
    /// </summary>
    public string JoinerFor(string previousLine, string continuationValue, bool valueIsCollection)
    {
        if (previousLine.Length >= Width)
        {
            return string.Empty;
        }

        if (!WordWrap)
        {
            return "\n";
        }

        if (previousLine.EndsWith(' ') || previousLine.EndsWith('\t') || previousLine.EndsWith('\u00AD'))
        {
            return string.Empty;
        }

        var word = continuationValue.IndexOfAny([' ', '\t']) is var space and >= 0 ? space : continuationValue.Length;
        if (WidthKnown)
        {
            return previousLine.Length + 1 + word > Width ? " " : "\n";
        }

        // Unknown width: only a collection broken after an item separator is safely a lost space.
        return valueIsCollection && previousLine.EndsWith(',') ? " " : "\n";
    }

    /// <summary>
    /// The console width the formatter wrapped at: wrapped lines are filled to exactly that width, so it is the
    /// most common length of lines that a continuation follows (ties go to the longer: a line whose break space was
    /// trimmed is shorter than the width, never longer). A file never wrapped has no such lines.
    /// </summary>
    private static int EstimateWidth(List<PhysicalLine> lines, int start, int end)
    {
        var counts = new Dictionary<int, int>();
        for (var i = start; i + 1 < end; i++)
        {
            var text = lines[i].Text;
            var next = lines[i + 1].Text;
            if (next.Length > 0 && next[0] == ' ' && text.Length >= MinimumScreenWidth && !text.EndsWith(' '))
            {
                counts[text.Length] = counts.GetValueOrDefault(text.Length) + 1;
            }
        }

        if (counts.Count == 0)
        {
            return int.MaxValue;
        }

        var best = 0;
        var bestCount = 0;
        foreach (var (length, count) in counts)
        {
            if (count > bestCount || (count == bestCount && length > best))
            {
                best = length;
                bestCount = count;
            }
        }

        return best;
    }
}
