using System.Text;
using LyncExchange.Analyzer.Formats.FormatList;

namespace LyncExchange.Analyzer.Formats.Transcript;

/// <summary>One error record printed by the PowerShell host: the lines it spans and what it says.</summary>
internal sealed record PrintedErrorRecord(int StartIndex, int EndIndex, string? Cmdlet, string Message, string? CategoryInfo, string? FullyQualifiedErrorId);

/// <summary>
/// Finds the error records a shell printed among cmdlet output. Three layouts (formats.md §2.6):
/// Windows PowerShell 5.1 / NormalView <c>Get-X : message</c> + <c>At line:1 char:1</c> + <c>+ CategoryInfo …</c>;
/// PowerShell 7 ConciseView <c>Get-X: message</c>; and the transcript's own <c>PS&gt;TerminatingError(Get-X): "…"</c>.
/// </summary>
internal static class ErrorRecordScanner
{
    /// <summary>A NormalView header must be followed by its "At line" / "+ CategoryInfo" block within this many lines.</summary>
    private const int MaxMessageLines = 20;

    public static List<PrintedErrorRecord> Scan(List<PhysicalLine> lines, int start, int end)
    {
        var found = new List<PrintedErrorRecord>();
        var i = start;
        while (i < end)
        {
            var record = TryTerminating(lines, i, end) ?? TryNormalView(lines, i, end) ?? TryConciseView(lines, i, end);
            if (record is null)
            {
                i++;
                continue;
            }

            // The same error is often shown twice (ConciseView in the console and the transcript's copy, or the
            // TerminatingError line followed by the display): one record per cmdlet and message.
            if (found.Count > 0 && found[^1] is var last && last.EndIndex == record.StartIndex
                && (last.Cmdlet is null || last.Cmdlet == record.Cmdlet) && SameMessage(last.Message, record.Message))
            {
                found[^1] = last with
                {
                    EndIndex = record.EndIndex,
                    Cmdlet = last.Cmdlet ?? record.Cmdlet,
                    CategoryInfo = last.CategoryInfo ?? record.CategoryInfo,
                    FullyQualifiedErrorId = last.FullyQualifiedErrorId ?? record.FullyQualifiedErrorId,
                };
            }
            else
            {
                found.Add(record);
            }

            i = record.EndIndex;
        }

        return found;
    }

    /// <summary>A <c>Verb-Noun</c> command name at the start of the line followed by ":" or " : ", and the colon's index.</summary>
    internal static bool TryHeader(string text, out string cmdlet, out int colon, out bool spaced)
    {
        cmdlet = string.Empty;
        colon = -1;
        spaced = false;
        var hyphen = -1;
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '-' && hyphen < 0 && i > 0)
            {
                hyphen = i;
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                break;
            }
        }

        if (hyphen < 2 || i == hyphen + 1 || i >= text.Length || !char.IsAsciiLetterUpper(text[0]))
        {
            return false;
        }

        if (string.CompareOrdinal(text, i, ": ", 0, 2) == 0)
        {
            colon = i;
        }
        else if (string.CompareOrdinal(text, i, " : ", 0, 3) == 0)
        {
            colon = i + 1;
            spaced = true;
        }
        else
        {
            return false;
        }

        cmdlet = text[..i];
        return true;
    }

    private static PrintedErrorRecord? TryTerminating(List<PhysicalLine> lines, int index, int end)
    {
        const string Prefix = "PS>TerminatingError(";
        var text = lines[index].Text;
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var close = text.IndexOf("): ", Prefix.Length, StringComparison.Ordinal);
        var cmdlet = close > Prefix.Length ? text[Prefix.Length..close] : null;
        var message = new StringBuilder(close > 0 ? text[(close + 3)..].TrimStart('"') : text[Prefix.Length..]);
        var j = index + 1;
        var closed = text.TrimEnd().EndsWith('"') && text.TrimEnd().Length > (close > 0 ? close + 4 : Prefix.Length);
        while (!closed && j < end && j - index <= MaxMessageLines && !string.IsNullOrWhiteSpace(lines[j].Text))
        {
            var line = lines[j].Text.TrimEnd();
            message.Append('\n').Append(line);
            closed = line.EndsWith('"');
            j++;
        }

        var result = message.ToString().TrimEnd().TrimEnd('"');
        return new PrintedErrorRecord(index, j, string.IsNullOrEmpty(cmdlet) ? null : cmdlet, result, null, null);
    }

    private static PrintedErrorRecord? TryNormalView(List<PhysicalLine> lines, int index, int end)
    {
        if (!TryHeader(lines[index].Text, out var cmdlet, out var colon, out var spaced) || !spaced)
        {
            return null;
        }

        var message = new StringBuilder(lines[index].Text[(colon + 2)..].TrimEnd());
        var j = index + 1;
        while (j < end && j - index <= MaxMessageLines && !string.IsNullOrWhiteSpace(lines[j].Text) && !IsDetail(lines[j].Text.TrimStart()))
        {
            message.Append('\n').Append(lines[j].Text.Trim());
            j++;
        }

        if (j >= end || !IsDetail(lines[j].Text.TrimStart()))
        {
            return null;
        }

        string? category = null;
        string? errorId = null;
        string? lastKey = null;
        while (j < end && !string.IsNullOrWhiteSpace(lines[j].Text))
        {
            var raw = lines[j].Text;
            var trimmed = raw.TrimStart();
            if (IsDetail(trimmed))
            {
                lastKey = null;
                if (DetailValue(trimmed, "+ CategoryInfo") is { } c)
                {
                    category = c;
                    lastKey = "c";
                }
                else if (DetailValue(trimmed, "+ FullyQualifiedErrorId") is { } e)
                {
                    errorId = e;
                    lastKey = "e";
                }
            }
            else if (raw.Length > trimmed.Length && lastKey is not null)
            {
                // 5.1 wraps a long "+ CategoryInfo" line onto indented lines.
                if (lastKey == "c")
                {
                    category += trimmed.TrimEnd();
                }
                else
                {
                    errorId += trimmed.TrimEnd();
                }
            }
            else
            {
                break;
            }

            j++;
        }

        return new PrintedErrorRecord(index, j, cmdlet, message.ToString(), category, errorId);
    }

    private static PrintedErrorRecord? TryConciseView(List<PhysicalLine> lines, int index, int end)
    {
        if (!TryHeader(lines[index].Text, out var cmdlet, out var colon, out var spaced) || spaced)
        {
            return null;
        }

        var message = new StringBuilder(lines[index].Text[(colon + 2)..].TrimEnd());
        var j = index + 1;
        while (j < end && j - index <= MaxMessageLines)
        {
            var text = lines[j].Text;
            if (string.IsNullOrWhiteSpace(text) || TryHeader(text, out _, out _, out _) || TranscriptPrompt.TryParse(text, out _)
                || text.StartsWith("PS>TerminatingError(", StringComparison.Ordinal) || (text[0] != ' ' && text.Contains(" : ", StringComparison.Ordinal)))
            {
                break;
            }

            message.Append('\n').Append(text.Trim());
            j++;
        }

        return new PrintedErrorRecord(index, j, cmdlet, message.ToString(), null, null);
    }

    private static bool IsDetail(string trimmed) =>
        trimmed.StartsWith("At line:", StringComparison.Ordinal)
        || trimmed.StartsWith("At char:", StringComparison.Ordinal)
        || (trimmed.StartsWith("At ", StringComparison.Ordinal) && trimmed.Contains(":line ", StringComparison.Ordinal) && trimmed.Contains(" char:", StringComparison.Ordinal))
        || trimmed.StartsWith("+ ", StringComparison.Ordinal)
        || trimmed == "+";

    private static string? DetailValue(string trimmed, string key)
    {
        if (!trimmed.StartsWith(key, StringComparison.Ordinal))
        {
            return null;
        }

        var colon = trimmed.IndexOf(" : ", key.Length, StringComparison.Ordinal);
        return colon < 0 ? null : trimmed[(colon + 3)..].TrimEnd();
    }

    private static bool SameMessage(string a, string b)
    {
        var first = a.Split('\n')[0].Trim();
        var second = b.Split('\n')[0].Trim();
        return first.Equals(second, StringComparison.Ordinal);
    }
}
