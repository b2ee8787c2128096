namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>
/// RULES.md LXA0203's pattern <c>^sip:[^\s@:;&lt;&gt;"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$</c> (scheme case-insensitive),
/// checked by hand over the span: it runs once per user of exports with a million of them.
/// </summary>
internal static class SipAddressSyntax
{
    public static bool IsValid(string value)
    {
        var text = value.AsSpan();
        if (text.Length < 4 || !text[..4].Equals("sip:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return IsValidAddress(text[4..]);
    }

    /// <summary><see cref="IsValid"/> of <c>"sip:" + address</c>, without building it (a <c>SIP:</c> proxy's address).</summary>
    public static bool IsValidAddress(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        foreach (var c in text[..at])
        {
            if (char.IsWhiteSpace(c) || c is '@' or ':' or ';' or '<' or '>' or '"')
            {
                return false;
            }
        }

        var host = text[(at + 1)..];
        var lastDot = host.LastIndexOf('.');
        if (lastDot <= 0 || host.Length - lastDot - 1 < 2)
        {
            return false;
        }

        foreach (var c in host[..lastDot])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        foreach (var c in host[(lastDot + 1)..])
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What is wrong with a value <see cref="IsValid"/> rejects, in the words of RULES.md LXA0203.</summary>
    public static string Describe(string value)
    {
        var trimmed = value.Trim();
        if (!trimmed.StartsWith("sip:", StringComparison.OrdinalIgnoreCase))
        {
            return "the sip: prefix is missing";
        }

        if (trimmed[4..].StartsWith("sip:", StringComparison.OrdinalIgnoreCase))
        {
            return "the sip: prefix is doubled";
        }

        if (trimmed.Length != value.Length)
        {
            return "it has leading or trailing white space";
        }

        if (trimmed.AsSpan(4).ContainsAny(" \t"))
        {
            return "it contains white space";
        }

        if (trimmed.EndsWith('.'))
        {
            return "it ends with a dot";
        }

        return trimmed.Contains('@') ? "the user part or the domain is not valid" : "it has no @domain";
    }

    /// <summary>A best-effort repaired <c>user@host</c> for the fix command: prefixes, blanks and trailing dots removed.</summary>
    public static string Repair(string value)
    {
        var text = string.Concat(value.Where(c => !char.IsWhiteSpace(c)));
        while (text.StartsWith("sip:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        return text.TrimEnd('.');
    }
}
