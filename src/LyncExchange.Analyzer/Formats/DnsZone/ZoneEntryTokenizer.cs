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

    // The entry being gathered for the fast path: its lines' text, where each line starts, and its fields.
    private char[] _text = new char[1024];
    private (int Start, int Length, int Number)[] _lines = new (int, int, int)[8];
    private ZoneField[] _fields = new ZoneField[32];
    private int _textLength;
    private int _lineCount;
    private int _fieldCount;
    private int _scanDepth;
    private int _scanChars;
    private int _scanOpenParenLine;
    private bool _gathering;
    private bool _ownerBlank;

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
            if (_gathering)
            {
                if (!tooLong && ScanLine(text.Span, number))
                {
                    if (_scanDepth == 0 && FinishFields())
                    {
                        return _entry;
                    }

                    continue;
                }

                // Give the lines gathered so far to the general path, which then reads on as if they had not been gathered.
                if (Replay() || (tooLong && ReadLine(null, tooLong: true, number)))
                {
                    return _entry;
                }

                continue;
            }

            if (simpleLines && !tooLong && _depth == 0 && _entry.StartLine == 0)
            {
                if (text.Span.IndexOfAny(NotSimple) < 0)
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

                if (BeginFields(text.Span, number))
                {
                    if (_scanDepth == 0 && FinishFields())
                    {
                        return _entry;
                    }

                    continue;
                }
            }

            if (ReadLine(tooLong ? null : text.ToString(), tooLong, number))
            {
                return _entry;
            }
        }

        if (_gathering && Replay())
        {
            return _entry;
        }

        if (_depth > 0)
        {
            Report(DumpLocation.OnLine(path, _openParenLine, 1, 1), $"'(' opened at line {_openParenLine} is never closed; the record starting at line {_entry.StartLine} was not read");
            _depth = 0;
        }

        return null;
    }

    /// <summary>One physical line through the general tokenizer; true when it completes an entry.</summary>
    private bool ReadLine(string? line, bool tooLong, int number)
    {
        if (tooLong)
        {
            Report(DumpLocation.OnLine(path, number, 1, 1), $"line {number} is longer than {maxEntryLength:N0} characters; it was not read");
            _broken = true;
            if (_depth == 0)
            {
                _entry.Reset();
                _broken = false;
            }

            return false;
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
            return false;
        }

        if (_broken)
        {
            _entry.Reset();
            _broken = false;
            _entryChars = 0;
            return false;
        }

        if (_entry.Tokens.Count > 0)
        {
            _entry.EndLine = number;
            _entry.EndColumn = LastTokenEnd(number);
            return true;
        }

        if (comment is not null)
        {
            _entry.Comment = comment;
            _entry.EndLine = number;
            return true;
        }

        _entry.Reset();
        _entryChars = 0;
        return false;
    }

    /// <summary>
    /// The general tokens of an entry the caller could not read in place; the entry is then exactly what the general
    /// path would have made of its lines.
    /// </summary>
    public void Expand(ZoneEntry entry)
    {
        if (entry.HasFields)
        {
            var text = entry.FieldText.Span;
            foreach (var field in entry.Fields.Span)
            {
                entry.Tokens.Add(new ZoneToken(text.Slice(field.Start, field.Length).ToString(), field.Quoted, field.Line, field.Column, field.Width));
            }

            entry.Fields = ReadOnlyMemory<ZoneField>.Empty;
            entry.FieldText = ReadOnlyMemory<char>.Empty;
            entry.EndColumn = LastTokenEnd(entry.EndLine);
            return;
        }

        var line = entry.SimpleLine.ToString();
        entry.SimpleLine = ReadOnlyMemory<char>.Empty;
        Tokenize(line, entry.StartLine);
        entry.EndColumn = LastTokenEnd(entry.StartLine);
    }

    /// <summary>
    /// Starts gathering an entry of fields from its first line; false (nothing gathered) for a line the general path
    /// must read: a directive, a comment-only or blank line, an escape outside quotes, an unclosed quote, a stray ')'.
    /// </summary>
    private bool BeginFields(ReadOnlySpan<char> line, int number)
    {
        _gathering = true;
        _textLength = 0;
        _fieldCount = 0;
        _lineCount = 0;
        _scanDepth = 0;
        _scanChars = 0;
        _scanOpenParenLine = 0;
        if (ScanLine(line, number) && _fieldCount > 0)
        {
            _ownerBlank = line[0] is ' ' or '\t';
            return true;
        }

        _gathering = false;
        return false;
    }

    /// <summary>
    /// Adds one line to the entry being gathered, splitting it exactly as <see cref="Tokenize"/> would; false when the
    /// line holds something only the general path handles (it may then report it).
    /// </summary>
    private bool ScanLine(ReadOnlySpan<char> line, int number)
    {
        var offset = Append(line, number);
        _scanChars += line.Length;
        if (_scanChars > maxEntryLength)
        {
            return false;
        }

        var fieldsBefore = _fieldCount;
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
                break;
            }

            if (c == '(')
            {
                if (_scanDepth == 0)
                {
                    _scanOpenParenLine = number;
                }

                _scanDepth++;
                i++;
                continue;
            }

            if (c == ')')
            {
                if (_scanDepth == 0)
                {
                    return false;
                }

                _scanDepth--;
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
                    return false;
                }

                AddField(new ZoneField(offset + i + 1, end - i - 1, Quoted: true, number, i + 1, end + 1 - i));
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < line.Length)
            {
                var d = line[i];
                if (d is '\\' or '$')
                {
                    // Escaped names and directives ($GENERATE templates) are the general path's.
                    return false;
                }

                if (d is ' ' or '\t' or '\r' or '\f' or ';' or '(' or ')' or '"')
                {
                    break;
                }

                i++;
            }

            AddField(new ZoneField(offset + start, i - start, Quoted: false, number, start + 1, i - start));
        }

        // A line of nothing but a comment or blanks ends an entry only when no group is open; the general path reads it.
        return _scanDepth > 0 || _fieldCount > fieldsBefore || _lineCount > 1;
    }

    /// <summary>Completes a gathered entry; false when it has no field at all (the general path then reads its lines).</summary>
    private bool FinishFields()
    {
        _gathering = false;
        if (_fieldCount == 0)
        {
            return Replay();
        }

        var last = _fields[_fieldCount - 1];
        var endLine = _lines[_lineCount - 1].Number;
        _openParenLine = _scanOpenParenLine == 0 ? _openParenLine : _scanOpenParenLine;
        _entry.StartLine = _lines[0].Number;
        _entry.EndLine = endLine;
        _entry.EndColumn = last.Line == endLine ? last.Column + last.Width : 1;
        _entry.OwnerBlank = _ownerBlank;
        _entry.Fields = _fields.AsMemory(0, _fieldCount);
        _entry.FieldText = _text.AsMemory(0, _textLength);
        return true;
    }

    /// <summary>
    /// Reads the gathered lines through the general path, in order, as if they had never been gathered; true when they
    /// complete an entry.
    /// </summary>
    private bool Replay()
    {
        _gathering = false;
        var done = false;
        for (var i = 0; i < _lineCount; i++)
        {
            var (start, length, number) = _lines[i];

            // Every line but the last leaves a group open, so only the last can complete the entry.
            done = ReadLine(new string(_text, start, length), tooLong: false, number);
        }

        return done;
    }

    private int Append(ReadOnlySpan<char> line, int number)
    {
        if (_textLength + line.Length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + line.Length));
        }

        var offset = _textLength;
        line.CopyTo(_text.AsSpan(offset));
        _textLength += line.Length;
        if (_lineCount == _lines.Length)
        {
            Array.Resize(ref _lines, _lines.Length * 2);
        }

        _lines[_lineCount++] = (offset, line.Length, number);
        return offset;
    }

    private void AddField(ZoneField field)
    {
        if (_fieldCount == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[_fieldCount++] = field;
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
