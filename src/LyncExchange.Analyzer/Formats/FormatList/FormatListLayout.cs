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

    /// <summary>The layout for a width measured elsewhere (<see cref="LayoutMeter"/>), in a culture.</summary>
    public static FormatListLayout ForWidth(int width, CultureInfo culture) =>
        new(width, WordWrapLanguages.Contains(culture.TwoLetterISOLanguageName));

    /// <summary>
    /// The layout of one command's output inside a transcript: the console host wraps at its own width (often one
    /// less than the buffer) while <c>Out-String -Width</c> output in the same file wraps at another, so each region
    /// is measured alone, falling back to the whole file's width when the region has no wrapped line.
    /// </summary>
    public FormatListLayout ForRegion(List<PhysicalLine> lines, int start, int end)
    {
        var width = EstimateWidth(lines, start, end);
        return width == int.MaxValue ? this : this with { Width = width };
    }

    /// <summary>
    /// What goes between the previous fragment and a continuation fragment (formats.md §2.3). Hard-wrap cultures
    /// break only full lines; a shorter line before a continuation ends an embedded newline. Word-wrap cultures
    /// leave the break space at the end of the line — unless a transfer or the host trimmed it — and split a word
    /// only when it is longer than the whole field, filling the line: so a full line whose word runs across the
    /// break and is longer than the field was a split (join with nothing); a break after which the next word could not have fitted on the line
    /// was a word wrap whose space was trimmed (join with a space); anything else is an embedded newline.
    /// </summary>
    public string JoinerFor(string previousLine, string continuationValue, bool valueIsCollection, int valueColumn) =>
        JoinerFor(previousLine.AsSpan(), continuationValue.AsSpan(), valueIsCollection, valueColumn);

    /// <inheritdoc cref="JoinerFor(string, string, bool, int)"/>
    public string JoinerFor(ReadOnlySpan<char> previousLine, ReadOnlySpan<char> continuationValue, bool valueIsCollection, int valueColumn)
    {
        if (!WordWrap)
        {
            return previousLine.Length >= Width ? string.Empty : "\n";
        }

        // The break character is on one side of the break or the other: a long word split just before its
        // delimiter leaves the space at the start of the continuation.
        if (previousLine.EndsWith(' ') || previousLine.EndsWith('\t') || previousLine.EndsWith('\u00AD')
            || continuationValue.StartsWith(' ') || continuationValue.StartsWith('\t'))
        {
            return string.Empty;
        }

        var nextWord = continuationValue.IndexOfAny(' ', '\t') is var space and >= 0 ? space : continuationValue.Length;
        if (!WidthKnown)
        {
            // Unknown width: only a collection broken after an item separator is safely a lost space.
            return valueIsCollection && previousLine.EndsWith(',') ? " " : "\n";
        }

        var lastSpace = previousLine.LastIndexOfAny(' ', '\t');
        var tail = previousLine.Length - Math.Max(lastSpace + 1, valueColumn);
        // The formatter measures a word with its trailing delimiter.
        var delimiter = nextWord < continuationValue.Length ? 1 : 0;
        if (previousLine.Length >= Width && tail + nextWord + delimiter > Width - valueColumn)
        {
            return string.Empty;
        }

        return previousLine.Length + 1 + nextWord > Width ? " " : "\n";
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
            if (lines[i + 1].Text is [' ', ..] && MayBeWrapped(lines[i].Text))
            {
                counts[lines[i].Text.Length] = counts.GetValueOrDefault(lines[i].Text.Length) + 1;
            }
        }

        return MostCommonLength(counts);
    }

    /// <summary>Whether a line, if a continuation follows it, counts towards the width.</summary>
    internal static bool MayBeWrapped(ReadOnlySpan<char> text) =>
        // A line ending in an item separator is most likely a word wrap whose space was trimmed, shorter than the width.
        text.Length >= MinimumScreenWidth && !text.EndsWith(' ') && !text.EndsWith(',');

    internal static int MostCommonLength(Dictionary<int, int> counts)
    {
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
