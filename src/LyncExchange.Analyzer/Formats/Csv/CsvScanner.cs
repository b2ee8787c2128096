using System.Text;

namespace LyncExchange.Analyzer.Formats.Csv;

/// <summary>RFC 4180 record splitting over the decoded text, tracking line and column.</summary>
internal sealed class CsvScanner(string text)
{
    private int _position;
    private int _lineStart;

    public int Line { get; private set; } = 1;

    public int? UnterminatedQuoteLine { get; private set; }

    public bool TryPeekLineStart(out string line)
    {
        if (_position >= text.Length)
        {
            line = string.Empty;
            return false;
        }

        var end = text.IndexOfAny(['\r', '\n'], _position);
        line = end < 0 ? text[_position..] : text[_position..end];
        return true;
    }

    public void SkipLine()
    {
        var end = text.IndexOf('\n', _position);
        _position = end < 0 ? text.Length : end + 1;
        Line++;
        _lineStart = _position;
    }

    public List<CsvField> ReadRecord(char delimiter, int maxFieldLength)
    {
        var fields = new List<CsvField>();
        var builder = new StringBuilder();
        while (true)
        {
            var startLine = Line;
            var startColumn = _position - _lineStart + 1;
            builder.Clear();
            var quoted = _position < text.Length && text[_position] == '"';
            if (quoted)
            {
                _position++;
                while (_position < text.Length)
                {
                    var c = text[_position];
                    if (c == '"')
                    {
                        if (_position + 1 < text.Length && text[_position + 1] == '"')
                        {
                            builder.Append('"');
                            _position += 2;
                            continue;
                        }

                        _position++;
                        break;
                    }

                    if (c == '\n')
                    {
                        Line++;
                        _lineStart = _position + 1;
                    }

                    if (builder.Length < maxFieldLength)
                    {
                        builder.Append(c);
                    }

                    _position++;
                    if (_position >= text.Length)
                    {
                        UnterminatedQuoteLine ??= startLine;
                    }
                }
            }

            while (_position < text.Length && text[_position] is not '\r' and not '\n' && text[_position] != delimiter)
            {
                if (builder.Length < maxFieldLength)
                {
                    builder.Append(text[_position]);
                }

                _position++;
            }

            var value = builder.ToString();
            fields.Add(new CsvField(value.Replace("\r\n", "\n", StringComparison.Ordinal), quoted, startLine, startColumn, Line, _position - _lineStart + 1));
            if (_position < text.Length && text[_position] == delimiter)
            {
                _position++;
                continue;
            }

            if (_position < text.Length && text[_position] == '\r')
            {
                _position++;
            }

            if (_position < text.Length && text[_position] == '\n')
            {
                _position++;
            }

            Line++;
            _lineStart = _position;
            return fields;
        }
    }
}
