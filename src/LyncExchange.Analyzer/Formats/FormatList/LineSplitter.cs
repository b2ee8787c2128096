namespace LyncExchange.Analyzer.Formats.FormatList;

/// <summary>Receives the physical lines of a text, in order, from a <see cref="LineSplitter"/>.</summary>
internal interface ILineSink
{
    /// <summary>One line without its break; the span is valid only during the call. True asks the splitter to pause.</summary>
    bool Line(ReadOnlySpan<char> line);
}

/// <summary>
/// Cuts decoded text, block by block, into the lines <see cref="PhysicalLine.Split"/> gives ("\r\n", "\n" or "\r"
/// ends a line; text after the last break is a line when it is not empty). A line inside a block is handed out as a
/// slice of it; only a line that runs across blocks is copied, to join its parts.
/// </summary>
internal sealed class LineSplitter
{
    private char[] _carry = new char[256];
    private int _carryLength;
    private bool _afterCarriageReturn;

    /// <summary>Hands the lines of <paramref name="block"/> from <paramref name="position"/> to the sink until it asks to pause; returns where to resume.</summary>
    public int Feed(ReadOnlySpan<char> block, int position, ILineSink sink)
    {
        if (_afterCarriageReturn && position < block.Length)
        {
            // "\r\n" split across two blocks is one break.
            _afterCarriageReturn = false;
            if (block[position] == '\n')
            {
                position++;
            }
        }

        while (position < block.Length)
        {
            var rest = block[position..];
            var found = rest.IndexOfAny('\r', '\n');
            if (found < 0)
            {
                Carry(rest);
                return block.Length;
            }

            bool pause;
            if (_carryLength > 0)
            {
                Carry(rest[..found]);
                pause = sink.Line(_carry.AsSpan(0, _carryLength));
                _carryLength = 0;
            }
            else
            {
                pause = sink.Line(rest[..found]);
            }

            var end = position + found;
            position = end + 1;
            if (block[end] == '\r')
            {
                if (position < block.Length)
                {
                    if (block[position] == '\n')
                    {
                        position++;
                    }
                }
                else
                {
                    _afterCarriageReturn = true;
                }
            }

            if (pause)
            {
                return position;
            }
        }

        return position;
    }

    /// <summary>The end of the text: the characters after the last break, if any, are its last line.</summary>
    public void Finish(ILineSink sink)
    {
        if (_carryLength > 0)
        {
            sink.Line(_carry.AsSpan(0, _carryLength));
            _carryLength = 0;
        }
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
