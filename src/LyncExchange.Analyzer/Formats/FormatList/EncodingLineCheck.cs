using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Formats.Encodings;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.FormatList;

/// <summary>
/// <see cref="DumpTextDecoder.CheckText"/> over text that arrives in blocks: the same lines (cut at '\n' only), the
/// same findings, at most <see cref="DumpTextDecoder.MaxReportedLines"/> of them and then one summary. Findings are
/// collected, not reported, so that a file that turns out unreadable reports only that, as it did when read whole.
/// </summary>
internal sealed class EncodingLineCheck(string path, DetectedEncoding encoding)
{
    private readonly List<InputDiagnostic> _findings = [];
    private char[] _carry = new char[256];
    private int _carryLength;
    private int _line = 1;
    private int _suppressed;

    public IReadOnlyList<InputDiagnostic> Findings => _findings;

    public void Feed(ReadOnlySpan<char> block)
    {
        while (true)
        {
            var newline = block.IndexOf('\n');
            if (newline < 0)
            {
                Carry(block);
                return;
            }

            if (_carryLength > 0)
            {
                Carry(block[..newline]);
                Check(_carry.AsSpan(0, _carryLength));
                _carryLength = 0;
            }
            else
            {
                Check(block[..newline]);
            }

            block = block[(newline + 1)..];
        }
    }

    /// <summary>The text after the last '\n' (possibly empty) is a line too, then the summary.</summary>
    public void Finish()
    {
        Check(_carry.AsSpan(0, _carryLength));
        _carryLength = 0;
        if (_suppressed > 0)
        {
            _findings.Add(new InputDiagnostic(
                InputDiagnosticIds.Encoding,
                DumpLocation.WholeFile(path),
                $"{_suppressed} more line(s) show the same encoding problem."));
        }
    }

    private void Check(ReadOnlySpan<char> line)
    {
        // Every finding needs a NUL, a character above U+007F or a pair of ASCII bytes read as one character (above
        // U+2000): a line of printable ASCII and controls, which is nearly every line, has none, and is skipped in one
        // vectorised test instead of a per-character switch.
        var problem = line.ContainsAnyExceptInRange('\u0001', '\u007F') ? DumpTextDecoder.Inspect(line, _line == 1, encoding) : null;
        if (problem is not null)
        {
            if (_findings.Count < DumpTextDecoder.MaxReportedLines)
            {
                var length = line.Length > 0 && line[^1] == '\r' ? line.Length - 1 : line.Length;
                _findings.Add(new InputDiagnostic(
                    InputDiagnosticIds.Encoding,
                    DumpLocation.OnLine(path, _line, 1, length),
                    $"{problem}; the file was probably re-encoded or concatenated from parts in different encodings (read as {encoding.Name}). Values on this line may be wrong."));
            }
            else
            {
                _suppressed++;
            }
        }

        _line++;
    }

    private void Carry(ReadOnlySpan<char> part)
    {
        if (_carryLength + part.Length > _carry.Length)
        {
            Array.Resize(ref _carry, Math.Max(_carry.Length * 2, _carryLength + part.Length));
        }

        part.CopyTo(_carry.AsSpan(_carryLength));
        _carryLength += part.Length;
    }
}
