using System.Buffers;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>
/// Splits a master file into entries (RFC 1035 §5.1): whitespace-separated fields, <c>;</c> comments outside quotes,
/// <c>"..."</c> strings with backslash escapes, and <c>( … )</c> groups that continue an entry over line breaks.
/// Hand-written over each line's characters; nothing here knows record types.
/// </summary>
internal sealed class ZoneEntryTokenizer(ZoneLineReader lines, string path, IInputDiagnosticSink diagnostics, int maxEntryLength, bool simpleLines)
{
    /// <summary>What makes a line need the general tokenizer: groups, quotes, escapes, comments and directives.</summary>
    private static readonly SearchValues<char> NotSimple = SearchValues.Create("()\"\\;$");

    private static readonly SearchValues<char> Blank = SearchValues.Create(" \t\r\f");

    private readonly ZoneEntry _entry = new();
    private int _depth;
    private int _openParenLine;
    private int _entryChars;
    private bool _broken;

    /// <summary>
    /// The next entry, or null at the end of the file. The returned object is reused by the next call.
    /// Malformed entries are reported here and skipped.
    /// </summary>
    public ZoneEntry? Next()
    {
        _entry.Reset();
        _broken = false;
        _entryChars = 0;
        while (lines.TryReadLine(out var text, out var tooLong))
        {
            var number = lines.LineNumber;
            if (simpleLines && !tooLong && _depth == 0 && _entry.StartLine == 0 && text.Span.IndexOfAny(NotSimple) < 0)
            {
                var last = text.Span.LastIndexOfAnyExcept(Blank);
                if (last < 0)
                {
                    continue;
                }

                // Fields separated by blanks and nothing else: the caller reads it in place, or asks for Expand.
                _entry.StartLine = number;
                _entry.EndLine = number;
                _entry.EndColumn = last + 2;
                _entry.OwnerBlank = text.Span[0] is ' ' or '\t';
                _entry.SimpleLine = text;
                return _entry;
            }

            var line = tooLong ? null : text.ToString();
            if (tooLong)
            {
                Report(DumpLocation.OnLine(path, number, 1, 1), $"line {number} is longer than {maxEntryLength:N0} characters; it was not read");
                _broken = true;
                if (_depth == 0)
                {
                    _entry.Reset();
                    _broken = false;
                }

                continue;
            }

            if (_entry.StartLine == 0)
            {
                _entry.StartLine = number;
                _entry.OwnerBlank = line!.Length > 0 && (line[0] == ' ' || line[0] == '\t');
            }

            _entryChars += line!.Length;
            if (_entryChars > maxEntryLength && !_broken)
            {
                Report(
                    DumpLocation.OnLine(path, _entry.StartLine, 1, 1),
                    $"the record starting at line {_entry.StartLine} runs over {maxEntryLength:N0} characters ('(' at line {_openParenLine} never closed?); it was skipped up to line {number}");
                _broken = true;
            }

            var comment = Tokenize(line, number);
            if (_depth > 0)
            {
                continue;
            }

            if (_broken)
            {
                _entry.Reset();
                _broken = false;
                _entryChars = 0;
                continue;
            }

            if (_entry.Tokens.Count > 0)
            {
                _entry.EndLine = number;
                _entry.EndColumn = LastTokenEnd(number);
                return _entry;
            }

            if (comment is not null)
            {
                _entry.Comment = comment;
                _entry.EndLine = number;
                return _entry;
            }

            _entry.Reset();
            _entryChars = 0;
        }

        if (_depth > 0)
        {
            Report(DumpLocation.OnLine(path, _openParenLine, 1, 1), $"'(' opened at line {_openParenLine} is never closed; the record starting at line {_entry.StartLine} was not read");
            _depth = 0;
        }

        return null;
    }

    /// <summary>
    /// The general tokens of a simple line the caller could not read in place; the entry is then exactly what the
    /// general path would have made of the line.
    /// </summary>
    public void Expand(ZoneEntry entry)
    {
        var line = entry.SimpleLine.ToString();
        entry.SimpleLine = ReadOnlyMemory<char>.Empty;
        Tokenize(line, entry.StartLine);
        entry.EndColumn = LastTokenEnd(entry.StartLine);
    }

    private string? Tokenize(string line, int number)
    {
        string? comment = null;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ' or '\t' or '\r' or '\f')
            {
                i++;
                continue;
            }

            if (c == ';')
            {
                comment = line[(i + 1)..];
                break;
            }

            if (c == '(')
            {
                if (_depth == 0)
                {
                    _openParenLine = number;
                }

                _depth++;
                i++;
                continue;
            }

            if (c == ')')
            {
                if (_depth == 0)
                {
                    Report(DumpLocation.OnLine(path, number, i + 1, 1), "')' without a matching '('");
                    _broken = true;
                }
                else
                {
                    _depth--;
                }

                i++;
                continue;
            }

            if (c == '"')
            {
                var end = i + 1;
                while (end < line.Length && line[end] != '"')
                {
                    end += line[end] == '\\' ? 2 : 1;
                }

                if (end >= line.Length)
                {
                    Report(DumpLocation.OnLine(path, number, i + 1, line.Length - i), "quoted string is not closed on its line");
                    _broken = true;
                    break;
                }

                Add(new ZoneToken(line[(i + 1)..end], Quoted: true, number, i + 1, end + 1 - i));
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < line.Length)
            {
                var d = line[i];
                if (d == '\\')
                {
                    i = Math.Min(i + 2, line.Length);
                    continue;
                }

                if (d is ' ' or '\t' or '\r' or '\f' or ';' or '(' or ')' or '"')
                {
                    break;
                }

                i++;
            }

            Add(new ZoneToken(line[start..i], Quoted: false, number, start + 1, i - start));
        }

        return comment;
    }

    private void Add(ZoneToken token)
    {
        if (!_broken)
        {
            _entry.Tokens.Add(token);
        }
    }

    private int LastTokenEnd(int line)
    {
        var last = _entry.Tokens[^1];
        return last.Line == line ? last.Column + last.Length : 1;
    }

    private void Report(DumpLocation location, string message) =>
        diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, location, message));
}
