using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.FormatList;

/// <summary>
/// The Format-List reader over line ranges of the decoded text: no string per physical line, property names
/// interned (the same few dozen labels repeat in every object), one reused builder and pending property, and only
/// the lines that could start an error record offered to <see cref="Transcript.ErrorRecordScanner"/>.
/// <para>
/// Error records never contain a blank line (every layout stops at one), so the file is cut into runs of non-blank
/// lines: a run with a line that could begin a record (<see cref="MayStartErrorRecord"/>) goes through
/// <see cref="FormatListReader.ReadRangeLazily"/> with real <see cref="PhysicalLine"/>s, exactly as before; every
/// other run is one block, read here. FormatListFastPathTests holds the result to
/// <see cref="FormatListReader.ReadWithoutFastPath"/>.
/// </para>
/// </summary>
internal sealed class FormatListFastPath(SourceFile source, LineRanges lines, FormatListLayout layout, ReaderContext context)
{
    /// <summary>Real cmdlets print a few hundred distinct labels at most; a hostile file does not grow the table past this.</summary>
    private const int MaxInternedLabels = 4096;

    private readonly string _text = source.Text;
    private readonly ObjectBuilder _builder = new(source, context);
    private readonly PendingProperty _pending = new(string.Empty, 0, 0);
    private readonly Dictionary<int, int> _columnCounts = [];
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly List<DumpObject> _results = [];

    public IEnumerable<DumpObject> Read()
    {
        var index = 0;
        while (index < lines.Count)
        {
            while (index < lines.Count && FormatListReader.IsBlank(Line(index)))
            {
                index++;
            }

            var runStart = index;
            var mayHoldError = false;
            while (index < lines.Count && Line(index) is var line && !FormatListReader.IsBlank(line))
            {
                mayHoldError |= MayStartErrorRecord(line);
                index++;
            }

            if (index == runStart)
            {
                break;
            }

            if (mayHoldError)
            {
                foreach (var dump in ReadWithErrorRecords(runStart, index))
                {
                    yield return dump;
                }

                continue;
            }

            ReadBlock(runStart, index);
            foreach (var dump in _results)
            {
                yield return dump;
            }

            _results.Clear();
        }
    }

    /// <summary>
    /// False only for lines that no layout of <see cref="Transcript.ErrorRecordScanner"/> can start with: not
    /// <c>PS&gt;TerminatingError(</c>, and not an upper-case ASCII letter followed by letters, digits and a hyphen
    /// (the <c>Verb-Noun</c> of <see cref="Transcript.ErrorRecordScanner.TryHeader"/>).
    /// </summary>
    internal static bool MayStartErrorRecord(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || !char.IsAsciiLetterUpper(line[0]))
        {
            return false;
        }

        if (line[0] == 'P' && line.StartsWith("PS>TerminatingError(", StringComparison.Ordinal))
        {
            return true;
        }

        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '-')
            {
                return true;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return false;
    }

    private ReadOnlySpan<char> Line(int index) => lines.Text(_text, index);

    /// <summary>A run that may hold an error record: the slow path's lines and logic, for these lines only.</summary>
    private IEnumerable<DumpObject> ReadWithErrorRecords(int start, int end)
    {
        var physical = new List<PhysicalLine>(end - start);
        for (var i = start; i < end; i++)
        {
            physical.Add(lines.ToPhysicalLine(_text, i));
        }

        return FormatListReader.ReadRangeLazily(source, physical, 0, physical.Count, layout, context);
    }

    /// <summary><see cref="FormatListReader"/>'s ReadBlock over line ranges.</summary>
    private void ReadBlock(int start, int end)
    {
        var column = FindValueColumn(start, end);
        if (column < 0)
        {
            for (var i = start; i < end; i++)
            {
                FormatListReader.ReportNoise(source, lines.ToPhysicalLine(_text, i), context);
            }

            return;
        }

        var hasPending = false;
        for (var i = start; i < end; i++)
        {
            var text = Line(i);
            var number = i + 1;
            if (text.Length > context.Limits.MaxLineLength)
            {
                context.Diagnostics.Report(new InputDiagnostic(
                    InputDiagnosticIds.ParseError,
                    DumpLocation.OnLine(source.Path, number, 1, 0),
                    $"line is {text.Length:N0} characters long, more than the {context.Limits.MaxLineLength:N0} a dump line may have; it was skipped"));
                continue;
            }

            if (FormatListReader.IsPropertyLine(text, column))
            {
                if (hasPending)
                {
                    _builder.Add(_pending);
                }

                var label = Intern(text[..(column - 3)].TrimEnd());
                var valueStart = Math.Min(column, text.Length);
                _pending.Reset(label, number, 1);
                _pending.AddSegment(number, valueStart + 1, text[valueStart..]);
                hasPending = true;
                if (_builder.ShouldStartNewObject(label))
                {
                    _builder.Flush(_results);
                }

                continue;
            }

            if (hasPending && FormatListReader.IsContinuation(text, column))
            {
                var fragment = text[column..];
                var joiner = layout.JoinerFor(Line(i - 1), fragment, _pending.ValueStartsWithBrace, column);
                _pending.AddSegment(number, column + 1, fragment, joiner);
                continue;
            }

            if (hasPending)
            {
                _builder.Add(_pending);
                hasPending = false;
            }

            FormatListReader.ReportNoise(source, lines.ToPhysicalLine(_text, i), context);
        }

        if (hasPending)
        {
            _builder.Add(_pending);
        }

        _builder.Flush(_results);
    }

    private int FindValueColumn(int start, int end)
    {
        _columnCounts.Clear();
        for (var i = start; i < end; i++)
        {
            FormatListReader.CountValueColumn(_columnCounts, Line(i));
        }

        return FormatListReader.MostCommonValueColumn(_columnCounts);
    }

    private string Intern(ReadOnlySpan<char> label)
    {
        var lookup = _labels.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(label, out var name))
        {
            return name;
        }

        name = new string(label);
        if (_labels.Count < MaxInternedLabels)
        {
            _labels[name] = name;
        }

        return name;
    }
}
