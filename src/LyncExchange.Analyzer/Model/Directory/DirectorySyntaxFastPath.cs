namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>
/// Hand-written recognisers for the forms nearly every AD value takes (<c>CN=x,OU=y,DC=z</c>, <c>SMTP:a@b</c>,
/// <c>sip:user@host</c>). The Sprache grammars in <c>Formats/Shared</c> stay the definition: each method here either
/// gives exactly the grammar's result or answers "not simple" so the caller falls back to the grammar
/// (DirectorySyntaxFastPathTests checks both on the same inputs). Profiling showed the grammars took over half of the
/// LDIF typing time, one allocation per character.
/// </summary>
internal static class DirectorySyntaxFastPath
{
    /// <summary>
    /// True for a DN of single-valued RDNs with keystring types and values without escapes, specials, a leading
    /// <c>#</c> or spaces next to a separator: the grammar parses it and its canonical form is the text itself.
    /// </summary>
    public static bool IsSimpleDistinguishedName(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var i = 0;
        while (true)
        {
            // Keystring: a letter, then letters, digits and '-'.
            if (i >= text.Length || !char.IsAsciiLetter(text[i]))
            {
                return false;
            }

            i++;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (i >= text.Length || text[i] != '=')
            {
                return false;
            }

            i++;
            var valueStart = i;
            while (i < text.Length && text[i] != ',')
            {
                if (text[i] is '"' or '+' or ';' or '<' or '>' or '\\' or '\0')
                {
                    return false;
                }

                i++;
            }

            // Empty values, '#hex' values and spaces the grammar would trim take the grammar path.
            if (i == valueStart || text[valueStart] is '#' or ' ' || text[i - 1] == ' ')
            {
                return false;
            }

            if (i == text.Length)
            {
                return true;
            }

            i++;
        }
    }

    /// <summary>Exactly <c>ProxyAddressGrammar</c>'s split: letters and digits, <c>:</c>, at least one character.</summary>
    public static bool TrySplitProxyAddress(string text, out string prefix, out string address)
    {
        var i = 0;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i == 0 || i >= text.Length - 1 || text[i] != ':')
        {
            prefix = address = string.Empty;
            return false;
        }

        prefix = text[..i];
        address = text[(i + 1)..];
        return true;
    }

    /// <summary>Exactly whether <c>SmtpAddressGrammar</c> accepts the text: <c>local@label(.label)*</c>.</summary>
    public static bool IsSmtpAddress(string text)
    {
        var at = text.IndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            return false;
        }

        for (var i = 0; i < at; i++)
        {
            if (!IsSmtpAddressChar(text[i]))
            {
                return false;
            }
        }

        var labelLength = 0;
        for (var i = at + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                if (labelLength == 0)
                {
                    return false;
                }

                labelLength = 0;
                continue;
            }

            if (!IsSmtpAddressChar(c))
            {
                return false;
            }

            labelLength++;
        }

        return labelLength > 0;
    }

    /// <summary>
    /// <c>[sip:|sips:]user@host</c> with a user of letters, digits and <c>-_.!~*'()</c> and a host of dot-separated
    /// labels (letters, digits, inner <c>-</c>), no port, parameters or headers. Null when the text is not that simple.
    /// <paramref name="share"/> and <paramref name="hostIntern"/> let a reader keep one string for a user part it already
    /// holds (the <c>sAMAccountName</c>) and one per SIP domain.
    /// </summary>
    public static SipUri? TryParseSimpleSip(string text, bool withScheme, Func<string, string>? share = null, Func<string, string>? hostIntern = null)
    {
        var span = text.AsSpan().Trim();
        var scheme = "sip";
        if (withScheme)
        {
            if (span.StartsWith("sip:", StringComparison.OrdinalIgnoreCase))
            {
                span = span[4..];
            }
            else if (span.StartsWith("sips:", StringComparison.OrdinalIgnoreCase))
            {
                scheme = "sips";
                span = span[5..];
            }
            else
            {
                return null;
            }
        }

        var at = span.IndexOf('@');
        if (at <= 0)
        {
            return null;
        }

        foreach (var c in span[..at])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or '!' or '~' or '*' or '\'' or '(' or ')'))
            {
                return null;
            }
        }

        var host = span[(at + 1)..];
        if (host.IsEmpty)
        {
            return null;
        }

        var labelStart = 0;
        for (var i = 0; i <= host.Length; i++)
        {
            if (i == host.Length || host[i] == '.')
            {
                // Empty labels, labels with an outer '-', and a trailing dot go to the grammar.
                if (i == labelStart || host[labelStart] == '-' || host[i - 1] == '-')
                {
                    return null;
                }

                labelStart = i + 1;
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(host[i]) && host[i] != '-')
            {
                return null;
            }
        }

        var user = span[..at].ToString();
        var hostText = host.ToString();
        return new SipUri(scheme, share is null ? user : share(user), hostIntern is null ? hostText : hostIntern(hostText), null, string.Empty, withScheme);
    }

    private static bool IsSmtpAddressChar(char c) =>
        !char.IsWhiteSpace(c) && !char.IsControl(c) && c is not ('@' or '<' or '>' or '(' or ')' or ',' or ';' or ':' or '\\' or '"' or '[' or ']');
}
