namespace LyncExchange.Analyzer.Formats.Transcript;

/// <summary>
/// A shell prompt line and the command typed after it: <c>PS C:\Users\admin&gt; Get-CsPool | fl</c>,
/// <c>[PS] C:\Windows\system32&gt;Get-OwaVirtualDirectory</c> (Exchange Management Shell), <c>[ex01]: PS C:\&gt; …</c>
/// (a remote session), <c>PS&gt;Get-X</c>. The cmdlet whose objects follow is the last pipeline stage that is not a
/// formatting or filtering one, so <c>Get-Mailbox | Get-CASMailbox | fl</c> is attributed to Get-CASMailbox.
/// </summary>
internal sealed record TranscriptPrompt(string Command, string? Cmdlet)
{
    private static readonly HashSet<string> PassThrough = new(StringComparer.OrdinalIgnoreCase)
    {
        "Select-Object", "Sort-Object", "Where-Object", "ForEach-Object", "Tee-Object", "Group-Object", "Measure-Object",
    };

    public static bool TryParse(string line, out TranscriptPrompt prompt)
    {
        prompt = new TranscriptPrompt(string.Empty, null);
        var text = line.AsSpan();
        if (text.StartsWith("[") && text.IndexOf("]: ") is > 1 and var session)
        {
            text = text[(session + 3)..];
        }

        if (text.StartsWith("[PS] "))
        {
            text = text[5..];
        }
        else if (text.StartsWith("PS>"))
        {
            text = text[2..];
            if (text[1..].StartsWith("TerminatingError(", StringComparison.Ordinal))
            {
                return false;
            }
        }
        else if (text.StartsWith("PS "))
        {
            text = text[3..];
        }
        else
        {
            return false;
        }

        var end = text.IndexOf('>');
        if (end < 0)
        {
            return false;
        }

        var command = text[(end + 1)..].Trim().ToString();
        prompt = new TranscriptPrompt(command, CmdletOf(command));
        return true;
    }

    private static string? CmdletOf(string command)
    {
        string? cmdlet = null;
        foreach (var stage in command.Split('|'))
        {
            var trimmed = stage.Trim();
            var space = trimmed.IndexOfAny([' ', '\t']);
            var name = space < 0 ? trimmed : trimmed[..space];
            var hyphen = name.IndexOf('-');
            if (hyphen <= 0 || hyphen == name.Length - 1 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                continue;
            }

            if (PassThrough.Contains(name) || name.StartsWith("Format-", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("Out-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Export-", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("ConvertTo-", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            cmdlet = name;
        }

        return cmdlet;
    }
}
