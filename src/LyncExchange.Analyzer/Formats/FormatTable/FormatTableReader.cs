using System.Collections.Immutable;
using System.Globalization;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.Encodings;
using LyncExchange.Analyzer.Formats.FormatList;
using LyncExchange.Analyzer.Formats.Transcript;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.FormatTable;

/// <summary>
/// Reads <c>Format-Table</c> text (formats.md §2.4): header line(s) — pwsh wraps a long header vertically —,
/// a dash line whose runs give the column starts, then one row per object; with <c>-Wrap</c> a cell continues on
/// lines whose first column is empty. A cell the formatter cut (<c>...</c> in 5.1, <c>…</c> in 7) is kept as
/// truncated so the binder reports LXA0901 instead of trusting it. Tables are lossy; Format-List is preferred.
/// </summary>
public sealed class FormatTableReader : IDumpReader
{
    private static readonly HashSet<string> WordWrapLanguages = new(StringComparer.Ordinal) { "en", "fr", "de", "it", "pt", "es" };

    public DumpFormat Format => DumpFormat.FormatTable;

    public IEnumerable<DumpObject> Read(DumpEntry entry, ReaderContext context)
    {
        DumpTextDecoder.TryDecode(entry, context, out var source);
        var lines = PhysicalLine.Split(source.Text);
        var results = new List<DumpObject>();
        ReadRange(source, lines, 0, lines.Count, context, results);
        return results;
    }

    /// <summary>True when line <paramref name="index"/> is the dash line under a header.</summary>
    internal static bool IsDashLine(List<PhysicalLine> lines, int index, int start)
    {
        if (index <= start)
        {
            return false;
        }

        var text = lines[index].Text.TrimEnd();
        if (text.Length < 2 || text[0] != '-' || string.IsNullOrWhiteSpace(lines[index - 1].Text) || lines[index - 1].Text.Contains(" : ", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not ('-' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    internal static void ReadRange(SourceFile source, List<PhysicalLine> lines, int start, int end, ReaderContext context, List<DumpObject> results)
    {
        var wordWrap = WordWrapLanguages.Contains(context.SourceCulture.TwoLetterISOLanguageName);
        var errors = ErrorRecordScanner.Scan(lines, start, end);
        var errorAt = errors.ToDictionary(e => e.StartIndex);
        var i = start;
        while (i < end)
        {
            if (errorAt.TryGetValue(i, out var error))
            {
                results.Add(FormatListReader.ToObject(source, lines, error));
                i = error.EndIndex;
                continue;
            }

            if (string.IsNullOrWhiteSpace(lines[i].Text))
            {
                i++;
                continue;
            }

            // A table starts at its header: the non-blank lines right above a dash line.
            var dash = i;
            while (dash < end && !string.IsNullOrWhiteSpace(lines[dash].Text) && !IsDashLine(lines, dash, i))
            {
                dash++;
            }

            if (dash >= end || string.IsNullOrWhiteSpace(lines[dash].Text))
            {
                for (; i < dash; i++)
                {
                    FormatListReader.ReportNoise(source, lines[i], context);
                }

                continue;
            }

            var columns = Columns(source, lines, i, dash, context);
            var tableEnd = dash + 1;
            // Only an empty line ends a table: with -Wrap a line of spaces is a row continuation whose fragment was a space.
            while (tableEnd < end && lines[tableEnd].Text.Length > 0 && !errorAt.ContainsKey(tableEnd))
            {
                tableEnd++;
            }

            MoveOverflowedBoundaries(lines, dash, tableEnd, columns);

            ReadRows(source, lines, dash + 1, tableEnd, columns, wordWrap, context, results);
            i = tableEnd;
        }
    }

    private static List<TableColumn> Columns(SourceFile source, List<PhysicalLine> lines, int headerStart, int dash, ReaderContext context)
    {
        var dashes = lines[dash].Text.TrimEnd();
        var starts = new List<int>();
        for (var c = 0; c < dashes.Length; c++)
        {
            if (dashes[c] == '-' && (c == 0 || dashes[c - 1] == ' '))
            {
                starts.Add(c);
            }
        }

        var columns = new List<TableColumn>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var columnStart = starts[k];
            var columnEnd = k + 1 < starts.Count ? starts[k + 1] - 1 : int.MaxValue;
            var header = string.Empty;
            for (var h = headerStart; h < dash; h++)
            {
                var text = lines[h].Text;
                if (columnStart < text.Length)
                {
                    header += text[columnStart..Math.Min(columnEnd, text.Length)].Trim();
                }
            }

            string? mark = null;
            if (TryFindCutMark(header, out var cut))
            {
                var leftCut = header[0] is '\u2026' or '.';
                mark = leftCut ? header[..cut] : header[cut..];
                header = leftCut ? header[cut..] : header[..cut];
                context.Diagnostics.Report(new InputDiagnostic(
                    InputDiagnosticIds.Truncated,
                    DumpLocation.OnLine(source.Path, lines[headerStart].Number, columnStart + 1, Math.Max(1, header.Length)),
                    $"the table header '{header}{mark}' was cut by the formatter; the column's property name is incomplete and its values cannot be used. Re-collect with '| Format-List *'."));
            }

            columns.Add(new TableColumn(columnStart, columnEnd, header, mark));
        }

        return columns;
    }

    /// <summary>
    /// A right-aligned cell wider than its header (an enum such as <c>Mailbox, ClientAccess</c>) starts left of its
    /// dash run, in the gap the previous column's dashes did not cover. The real boundary is then the leftmost
    /// position after the previous header that is blank on every row (column widths are fixed for the whole table).
    /// </summary>
    private static void MoveOverflowedBoundaries(List<PhysicalLine> lines, int dash, int end, List<TableColumn> columns)
    {
        var dashes = lines[dash].Text;
        for (var k = 1; k < columns.Count; k++)
        {
            var separator = columns[k].Start - 1;
            var overflow = false;
            for (var r = dash + 1; r < end && !overflow; r++)
            {
                var text = lines[r].Text;
                overflow = separator < text.Length && text[separator] != ' ';
            }

            if (!overflow)
            {
                continue;
            }

            var previousRunEnd = columns[k - 1].Start;
            while (previousRunEnd < dashes.Length && dashes[previousRunEnd] == '-')
            {
                previousRunEnd++;
            }

            for (var p = previousRunEnd; p < separator; p++)
            {
                var blank = true;
                for (var r = dash + 1; r < end && blank; r++)
                {
                    var text = lines[r].Text;
                    blank = p >= text.Length || text[p] == ' ';
                }

                if (blank)
                {
                    columns[k - 1] = columns[k - 1] with { End = p };
                    columns[k] = columns[k] with { Start = p + 1 };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The width the formatter filled wrapped lines to: the most common length of lines that a continuation line
    /// follows (when it recurs), else the longest line but at least 80, the default console width.
    /// </summary>
    private static int EstimateScreenWidth(List<PhysicalLine> lines, int start, int end, TableColumn first)
    {
        var counts = new Dictionary<int, int>();
        var longest = 0;
        for (var r = start; r < end; r++)
        {
            var length = lines[r].Text.TrimEnd().Length;
            longest = Math.Max(longest, length);
            if (r + 1 < end && first.Cell(lines[r + 1].Text).Text.Length == 0 && lines[r + 1].Text.Trim().Length > 0)
            {
                counts[length] = counts.GetValueOrDefault(length) + 1;
            }
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

        return bestCount >= 2 ? best : Math.Max(longest, 80);
    }

    /// <summary>
    /// What joins a cell's previous fragment to the next: a fragment that filled its column was either a long word
    /// split at the edge (the word across the break is longer than the column) or ended at a word; a shorter one
    /// ended at a word break whose space the padding or the line end hides. Hard-wrap cultures only break full lines.
    /// </summary>
    private static string Joiner(TableCell cell, string fragment, int width, bool wordWrap)
    {
        var previous = cell.Text;
        var full = cell.LastFragmentLength >= width;
        if (!full)
        {
            return wordWrap ? " " : "\n";
        }

        if (!wordWrap)
        {
            return string.Empty;
        }

        var tail = previous.Length - (previous.LastIndexOf(' ') + 1);
        var head = fragment.IndexOf(' ') is var space and >= 0 ? space + 1 : fragment.Length;
        return tail + head > width ? string.Empty : " ";
    }

    private static void ReadRows(SourceFile source, List<PhysicalLine> lines, int start, int end, List<TableColumn> columns, bool wordWrap, ReaderContext context, List<DumpObject> results)
    {
        var screenWidth = EstimateScreenWidth(lines, start, end, columns[0]);

        TableCell[]? row = null;
        var rowLine = 0;
        var pendingSpace = false;
        for (var r = start; r < end; r++)
        {
            var line = lines[r];
            if (line.Text.Length > context.Limits.MaxLineLength)
            {
                context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.OnLine(source.Path, line.Number, 1, 0), $"line is {line.Text.Length:N0} characters long, more than the {context.Limits.MaxLineLength:N0} a dump line may have; it was skipped"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(line.Text))
            {
                // The wrapped fragment was only the space between two items; the line end trimmed it.
                pendingSpace = row is not null;
                continue;
            }

            var (first, _) = columns[0].Cell(line.Text);
            var continuation = row is not null && first.Length == 0;
            if (!continuation)
            {
                if (row is not null)
                {
                    results.Add(ToObject(source, row, columns, rowLine));
                }

                row = new TableCell[columns.Count];
                for (var k = 0; k < row.Length; k++)
                {
                    row[k] = new TableCell();
                }

                rowLine = line.Number;
            }

            for (var k = 0; k < columns.Count; k++)
            {
                var (text, offset) = columns[k].Cell(line.Text);
                if (text.Length == 0)
                {
                    continue;
                }

                var cell = row![k];
                var joiner = string.Empty;
                if (!cell.IsEmpty)
                {
                    joiner = pendingSpace ? " " : Joiner(cell, text, columns[k].WidthIn(screenWidth), wordWrap);
                }

                cell.Add(line.Number, offset + 1, text, joiner);
            }

            pendingSpace = false;
        }

        if (row is not null)
        {
            results.Add(ToObject(source, row, columns, rowLine));
        }
    }

    private static DumpObject ToObject(SourceFile source, TableCell[] row, List<TableColumn> columns, int line)
    {
        var properties = ImmutableArray.CreateBuilder<DumpProperty>(columns.Count);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < columns.Count; k++)
        {
            var column = columns[k];
            if (column.Header.Length == 0 || !names.Add(column.Header))
            {
                continue;
            }

            var nameLocation = DumpLocation.OnLine(source.Path, line, column.Start + 1, column.Header.Length);
            properties.Add(new DumpProperty(column.Header, ToValue(source.Path, row[k]), nameLocation));
        }

        return new DumpObject
        {
            SourcePath = source.Path,
            Location = DumpLocation.OnLine(source.Path, line, 1, 1),
            Properties = properties.ToImmutable(),
        };
    }

    private static DumpValue ToValue(string path, TableCell cell)
    {
        var text = cell.Text;
        if (text.Length == 0)
        {
            return DumpValue.Null(DumpLocation.None);
        }

        var location = cell.Location(path);
        if (FormatListValueGrammar.TryParseCollection(text, out var collection))
        {
            var items = collection.Items
                .Select(item => DumpValue.Scalar(item.Text, cell.LocationOf(path, item.Offset, item.Length)))
                .ToImmutableArray();
            return DumpValue.Collection(items, location, collection.IsTruncated, collection.TruncationMark) with { Text = text };
        }

        if (TryFindCutMark(text, out var cut))
        {
            var leftCut = text[0] is '\u2026' or '.';
            return new DumpValue
            {
                Kind = DumpValueKind.Scalar,
                Text = leftCut ? text[cut..] : text[..cut],
                Location = location,
                IsTruncated = true,
                TruncationMark = leftCut ? text[..cut] : text[cut..],
            };
        }

        return DumpValue.Scalar(text, location);
    }

    private static bool TryFindCutMark(string text, out int cut)
    {
        // A right-aligned cell is cut on the left: "…e" is the end of "True".
        if (text.Length > 1 && (text.StartsWith('\u2026') || (text.Length > 3 && text.StartsWith("...", StringComparison.Ordinal))))
        {
            var mark = text[0] == '\u2026' ? 1 : 3;
            cut = mark;
            return true;
        }

        if (text.EndsWith('\u2026'))
        {
            cut = text.Length - 1;
            return true;
        }

        if (text.Length > 3 && text.EndsWith("...", StringComparison.Ordinal))
        {
            cut = text.Length - 3;
            return true;
        }

        cut = text.Length;
        return false;
    }
}
