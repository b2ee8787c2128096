using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.FormatList;

/// <summary>
/// The Format-List reader over lines streamed from a <see cref="LineSplitter"/>: no string per physical line, property
/// names interned (the same few dozen labels repeat in every object), one reused builder and pending property, and only
/// the lines that could start an error record offered to <see cref="Transcript.ErrorRecordScanner"/>.
/// <para>
/// Error records never contain a blank line (every layout stops at one), so the text is cut into runs of non-blank
/// lines, each kept in one buffer until the blank line that ends it: a run with a line that could begin a record
/// (<see cref="MayStartErrorRecord"/>) goes through <see cref="FormatListReader.ReadRangeLazily"/> with real
/// <see cref="PhysicalLine"/>s, exactly as before; every other run is one block, read here. FormatListFastPathTests
/// holds the result to <see cref="FormatListReader.ReadWithoutFastPath(DumpEntry, ReaderContext)"/>.
/// </para>
/// </summary>
internal sealed class FormatListFastPath(string path, FormatListLayout layout, ReaderContext context) : ILineSink
{
    /// <summary>Real cmdlets print a few hundred distinct labels at most; a hostile file does not grow the table past this.</summary>
    private const int MaxInternedLabels = 4096;

    private readonly ObjectBuilder _builder = new(path, context);
    private readonly PendingProperty _pending = new(string.Empty, 0, 0);
    private readonly Dictionary<int, int> _columnCounts = [];
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly List<DumpObject> _results = [];
    private readonly List<long> _lines = [];
    private char[] _run = new char[16 * 1024];
    private int _runLength;
    private int _runFirstLine;
    private int _lineNumber;
    private bool _mayHoldError;
    private IEnumerable<DumpObject>? _slowRun;

    /// <summary>The objects of the run that ended last; enumerate them before feeding more lines.</summary>
    public IEnumerable<DumpObject> Completed => _slowRun ?? _results;

    public void ClearCompleted()
    {
        _slowRun = null;
        _results.Clear();
    }

    /// <summary>Takes the next line; true when it ended a run whose objects are now <see cref="Completed"/>.</summary>
    public bool Line(ReadOnlySpan<char> line)
    {
        _lineNumber++;
        if (FormatListReader.IsBlank(line))
        {
            return EndRun();
        }

        if (_lines.Count == 0)
        {
            _runFirstLine = _lineNumber;
        }

        if (_runLength + line.Length > _run.Length)
        {
            Array.Resize(ref _run, Math.Max(_run.Length * 2, _runLength + line.Length));
        }

        line.CopyTo(_run.AsSpan(_runLength));
        _lines.Add(((long)_runLength << 32) | (uint)line.Length);
        _runLength += line.Length;
        _mayHoldError |= MayStartErrorRecord(line);
        return false;
    }

    /// <summary>The end of the text ends the last run.</summary>
    public bool EndRun()
    {
        if (_lines.Count == 0)
        {
            return false;
        }

        if (_mayHoldError)
        {
            var physical = new List<PhysicalLine>(_lines.Count);
            for (var i = 0; i < _lines.Count; i++)
            {
                physical.Add(ToPhysicalLine(i));
            }

            _slowRun = FormatListReader.ReadRangeLazily(path, physical, 0, physical.Count, layout, context);
        }
        else
        {
            ReadBlock();
        }

        _lines.Clear();
        _runLength = 0;
        _mayHoldError = false;
        return true;
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

    private ReadOnlySpan<char> Line(int index)
    {
        var range = _lines[index];
        return _run.AsSpan((int)(range >> 32), (int)range);
    }

    private PhysicalLine ToPhysicalLine(int index) => new(_runFirstLine + index, new string(Line(index)));

    /// <summary><see cref="FormatListReader"/>'s ReadBlock over the buffered run.</summary>
    private void ReadBlock()
    {
        var column = FindValueColumn();
        if (column < 0)
        {
            for (var i = 0; i < _lines.Count; i++)
            {
                FormatListReader.ReportNoise(path, ToPhysicalLine(i), context);
            }

            return;
        }

        var hasPending = false;
        for (var i = 0; i < _lines.Count; i++)
        {
            var text = Line(i);
            var number = _runFirstLine + i;
            if (text.Length > context.Limits.MaxLineLength)
            {
                context.Diagnostics.Report(new InputDiagnostic(
                    InputDiagnosticIds.ParseError,
                    DumpLocation.OnLine(path, number, 1, 0),
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

            FormatListReader.ReportNoise(path, ToPhysicalLine(i), context);
        }

        if (hasPending)
        {
            _builder.Add(_pending);
        }

        _builder.Flush(_results);
    }

    private int FindValueColumn()
    {
        _columnCounts.Clear();
        for (var i = 0; i < _lines.Count; i++)
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
