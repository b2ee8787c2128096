using System.Collections.Immutable;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.FormatList;

/// <summary>
/// Reads <c>Format-List</c> text: objects separated by blank lines, <c>Label : Value</c> lines with labels
/// padded to the object's longest label, continuation lines indented to the value column, and collections.
/// See formats.md §2.1–2.3 for the formatter's algorithm this reverses.
/// </summary>
public sealed class FormatListReader : IDumpReader
{
    /// <summary>No console is narrower; a file whose longest line is shorter was never wrapped.</summary>
    private const int MinimumScreenWidth = 50;

    public DumpFormat Format => DumpFormat.FormatList;

    public IEnumerable<DumpObject> Read(DumpEntry entry, ReaderContext context)
    {
        var source = SourceFile.Decode(entry.RelativePath, entry.ReadAllBytes(long.MaxValue));
        return Read(source, context);
    }

    public IEnumerable<DumpObject> Read(SourceFile source, ReaderContext context)
    {
        var lines = PhysicalLine.Split(source.Text);
        var width = EstimateWidth(lines);
        var results = new List<DumpObject>();
        var start = 0;
        while (start < lines.Count)
        {
            while (start < lines.Count && IsBlank(lines[start].Text))
            {
                start++;
            }

            var end = start;
            while (end < lines.Count && !IsBlank(lines[end].Text))
            {
                end++;
            }

            if (end > start)
            {
                ReadBlock(source, lines, start, end, width, context, results);
            }

            start = end;
        }

        return results;
    }

    private static void ReadBlock(SourceFile source, List<PhysicalLine> lines, int start, int end, int width, ReaderContext context, List<DumpObject> results)
    {
        var column = FindValueColumn(lines, start, end);
        if (column < 0)
        {
            foreach (var line in Enumerable.Range(start, end - start).Select(i => lines[i]))
            {
                ReportNoise(source, line, context);
            }

            return;
        }

        var builder = new ObjectBuilder(source, context);
        PendingProperty? pending = null;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            var text = line.Text;
            if (IsPropertyLine(text, column))
            {
                if (pending is not null)
                {
                    builder.Add(pending);
                }

                var label = text[..(column - 3)].TrimEnd();
                var valueStart = Math.Min(column, text.Length);
                pending = new PendingProperty(label, line.Number, 1);
                pending.AddSegment(line.Number, valueStart + 1, text[valueStart..], isContinuation: false, previousLineWasFull: false);
                if (builder.ShouldStartNewObject(label))
                {
                    builder.Flush(results);
                }

                continue;
            }

            if (pending is not null && IsContinuation(text, column))
            {
                var previous = lines[i - 1].Text;
                var wrapped = previous.Length >= width || previous.EndsWith(' ') || previous.EndsWith('\t');
                pending.AddSegment(line.Number, column + 1, text[column..], isContinuation: true, previousLineWasFull: wrapped);
                continue;
            }

            if (pending is not null)
            {
                builder.Add(pending);
                pending = null;
            }

            ReportNoise(source, line, context);
        }

        if (pending is not null)
        {
            builder.Add(pending);
        }

        builder.Flush(results);
    }

    private static void ReportNoise(SourceFile source, PhysicalLine line, ReaderContext context)
    {
        var text = line.Text.TrimEnd();
        if (text.Length == 0)
        {
            return;
        }

        var location = DumpLocation.OnLine(source.Path, line.Number, 1, text.Length);
        if (text.StartsWith("WARNING:", StringComparison.OrdinalIgnoreCase) && text.Contains("only the first", StringComparison.OrdinalIgnoreCase))
        {
            context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.Truncated, location, $"the cmdlet stopped early: '{text}'; objects after the result size limit are missing. Re-collect with -ResultSize Unlimited."));
            return;
        }

        if (text.StartsWith("WARNING:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("VERBOSE:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        context.Diagnostics.Report(new InputDiagnostic(
            InputDiagnosticIds.ParseError,
            location,
            $"line is neither 'Name : Value' nor a continuation of the previous value: '{Shorten(text)}'"));
    }

    /// <summary>
    /// The value column is the same for every property of one object (labels are padded to the longest),
    /// so the most common position of the first " : " wins; labels with spaces or colons cannot fool it.
    /// </summary>
    private static int FindValueColumn(List<PhysicalLine> lines, int start, int end)
    {
        var counts = new Dictionary<int, int>();
        for (var i = start; i < end; i++)
        {
            var text = lines[i].Text;
            if (text.Length == 0 || text[0] == ' ')
            {
                continue;
            }

            var index = text.IndexOf(" : ", StringComparison.Ordinal);
            if (index < 0 && text.EndsWith(" :", StringComparison.Ordinal))
            {
                index = text.Length - 2;
            }

            if (index > 0)
            {
                counts[index + 3] = counts.GetValueOrDefault(index + 3) + 1;
            }
        }

        return counts.Count == 0 ? -1 : counts.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key).First().Key;
    }

    private static bool IsPropertyLine(string text, int column)
    {
        if (text.Length == 0 || text[0] == ' ')
        {
            return false;
        }

        if (text.Length >= column)
        {
            return string.CompareOrdinal(text, column - 3, " : ", 0, 3) == 0;
        }

        // "Label :" after a transfer trimmed the trailing space of an empty value.
        return text.Length == column - 1 && text.EndsWith(" :", StringComparison.Ordinal);
    }

    private static bool IsContinuation(string text, int column)
    {
        if (text.Length <= column)
        {
            return false;
        }

        for (var i = 0; i < column; i++)
        {
            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The console width the formatter wrapped at: wrapped lines are filled to exactly that width, so it is the
    /// most common length of lines that a continuation follows. A file never wrapped has no such majority.
    /// </summary>
    private static int EstimateWidth(List<PhysicalLine> lines)
    {
        var counts = new Dictionary<int, int>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var next = lines[i + 1].Text;
            if (next.Length > 0 && next[0] == ' ' && lines[i].Text.Length >= MinimumScreenWidth && !lines[i].Text.EndsWith(' '))
            {
                counts[lines[i].Text.Length] = counts.GetValueOrDefault(lines[i].Text.Length) + 1;
            }
        }

        return counts.Count == 0 ? int.MaxValue : counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First().Key;
    }

    private static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text);

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
