namespace LyncExchange.Analyzer.Formats.FormatTable;

/// <summary>
/// A column of a Format-Table layout: where it starts (0-based, the first dash of its run), where the next
/// column starts minus the separator space (or <see cref="int.MaxValue"/> for the last), and its header text.
/// </summary>
internal sealed record TableColumn(int Start, int End, string Header, string? HeaderTruncationMark)
{
    public bool IsLast => End == int.MaxValue;

    public int WidthIn(int screenWidth) => IsLast ? Math.Max(1, screenWidth - Start) : End - Start;

    /// <summary>The part of a physical line inside this column, and its offset in the line.</summary>
    public (string Text, int Offset) Cell(string line)
    {
        if (Start >= line.Length)
        {
            return (string.Empty, Start);
        }

        var end = Math.Min(End, line.Length);
        var text = line[Start..end];
        var lead = text.Length - text.TrimStart().Length;
        return (text.Trim(), Start + lead);
    }
}
