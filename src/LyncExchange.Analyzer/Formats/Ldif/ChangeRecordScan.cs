namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>
/// Decides, in one cheap byte pass before reading, whether an LDIF file may hold change records (a <c>changetype:</c>
/// other than <c>add</c>), so plain exports can stream. It sees lines as the reader will: folded lines joined and the
/// attribute name in any case, so <c>ChangeType: modify</c> or a <c>changetype</c> line folded anywhere is found. Only
/// the start of each logical line is looked at (vectorised newline search in between); when unsure it says yes: a false
/// yes only costs buffering the file, a false no would stream it and lose the change.
/// </summary>
internal sealed class ChangeRecordScan
{
    private static ReadOnlySpan<byte> Marker => "changetype:"u8;

    private static ReadOnlySpan<byte> Add => "add"u8;

    private State _state = State.LineStart;
    private int _matched;
    private bool _pendingBreak;

    private enum State
    {
        /// <summary>Not a changetype line: wait for the next physical line.</summary>
        SkipLine,

        /// <summary>The next byte begins a physical line.</summary>
        LineStart,

        /// <summary>Matching the attribute name <c>changetype:</c>.</summary>
        Name,

        /// <summary>Matching its value against <c>add</c>.</summary>
        Value,

        /// <summary>The value read <c>add</c>; only its end may follow.</summary>
        AfterAdd,
    }

    public static bool HasChangeRecords(Stream stream)
    {
        var scan = new ChangeRecordScan();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (scan.Feed(buffer.AsSpan(0, read)))
            {
                return true;
            }
        }

        return scan.End();
    }

    /// <summary>Scans the next bytes; true as soon as a change record is found.</summary>
    public bool Feed(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (_state == State.SkipLine)
            {
                var newline = bytes[i..].IndexOf((byte)'\n');
                if (newline < 0)
                {
                    return false;
                }

                i += newline;
                _state = State.LineStart;
                continue;
            }

            var b = bytes[i];
            if (_state != State.LineStart)
            {
                if (_pendingBreak)
                {
                    _pendingBreak = false;
                    if (b == (byte)' ')
                    {
                        // A fold: the logical line goes on after the space.
                        continue;
                    }

                    if (EndOfLine())
                    {
                        return true;
                    }

                    _state = State.LineStart;
                }
                else if (b == (byte)'\n')
                {
                    _pendingBreak = true;
                    continue;
                }
                else if (b == (byte)'\r')
                {
                    continue;
                }
            }

            switch (_state)
            {
                case State.LineStart:
                    if ((b | 0x20) == Marker[0])
                    {
                        _state = State.Name;
                        _matched = 1;
                    }
                    else if (b is not ((byte)'\n' or (byte)'\r'))
                    {
                        // Any other attribute, a comment, or the continuation of a line already judged.
                        _state = State.SkipLine;
                    }

                    break;
                case State.Name:
                    if ((b | 0x20) != Marker[_matched])
                    {
                        _state = State.SkipLine;
                    }
                    else if (++_matched == Marker.Length)
                    {
                        _state = State.Value;
                        _matched = 0;
                    }

                    break;
                case State.Value:
                    if (_matched == 0 && b == (byte)' ')
                    {
                        break;
                    }

                    if ((b | 0x20) != Add[_matched])
                    {
                        return true;
                    }

                    if (++_matched == Add.Length)
                    {
                        _state = State.AfterAdd;
                    }

                    break;
                default:
                    // "add" then a space ends the value; anything else makes it another word ("address").
                    if (b != (byte)' ')
                    {
                        return true;
                    }

                    _state = State.SkipLine;
                    break;
            }
        }

        return false;
    }

    /// <summary>The end of the file ends the last line.</summary>
    public bool End() => _state is State.Name or State.Value or State.AfterAdd && EndOfLine();

    /// <summary>A logical line ended: a changetype value that is empty or cut short is not an <c>add</c>.</summary>
    private bool EndOfLine() => _state == State.Value;
}
