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
            if (EndsWithMark(header, out var cut))
            {
                mark = header[cut..];
                header = header[..cut];
                context.Diagnostics.Report(new InputDiagnostic(
                    InputDiagnosticIds.Truncated,
                    DumpLocation.OnLine(source.Path, lines[headerStart].Number, columnStart + 1, Math.Max(1, header.Length)),
                    $"the table header '{header}{mark}' was cut by the formatter; the column's property name is incomplete and its values cannot be used. Re-collect with '| Format-List *'."));
            }

            columns.Add(new TableColumn(columnStart, columnEnd, header, mark));
        }

        return columns;
    }

    private static void ReadRows(SourceFile source, List<PhysicalLine> lines, int start, int end, List<TableColumn> columns, bool wordWrap, ReaderContext context, List<DumpObject> results)
    {
        var screenWidth = 0;
        for (var r = start; r < end; r++)
        {
            screenWidth = Math.Max(screenWidth, lines[r].Text.TrimEnd().Length);
        }

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
                if (!cell.IsEmpty && pendingSpace)
                {
                    joiner = " ";
                }
                else if (!cell.IsEmpty && cell.LastFragmentLength < columns[k].WidthIn(screenWidth))
                {
                    // A fragment shorter than its column ended at a word break whose space the padding hides.
                    joiner = wordWrap ? " " : "\n";
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

        if (EndsWithMark(text, out var cut))
        {
            return new DumpValue
            {
                Kind = DumpValueKind.Scalar,
                Text = text[..cut],
                Location = location,
                IsTruncated = true,
                TruncationMark = text[cut..],
            };
        }

        return DumpValue.Scalar(text, location);
    }

    private static bool EndsWithMark(string text, out int cut)
    {
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
