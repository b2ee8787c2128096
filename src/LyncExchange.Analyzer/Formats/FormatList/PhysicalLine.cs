namespace LyncExchange.Analyzer.Formats.FormatList;

/// <summary>A line of a text dump without its line break, with its 1-based number.</summary>
internal readonly record struct PhysicalLine(int Number, string Text)
{
    public static List<PhysicalLine> Split(string text)
    {
        var lines = new List<PhysicalLine>();
        var number = 1;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            lines.Add(new PhysicalLine(number++, text[start..i]));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(new PhysicalLine(number, text[start..]));
        }

        return lines;
    }
}
