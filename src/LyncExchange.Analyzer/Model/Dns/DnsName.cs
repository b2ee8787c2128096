using System.Text;

namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>
/// An absolute domain name in canonical presentation form: lower-case ASCII, trailing dot, and every octet that is
/// not a plain printable character escaped the way BIND prints it (<c>\.</c> for a dot inside a label, <c>\032</c> for
/// a space). Two names are equal exactly when DNS would treat them as the same name (RFC 4343: ASCII case only).
/// </summary>
public readonly record struct DnsName : IComparable<DnsName>
{
    public const int MaxLabelOctets = 63;
    public const int MaxNameOctets = 255;

    private readonly string? _value;

    private DnsName(string canonical) => _value = canonical;

    public static DnsName Root { get; } = new(".");

    /// <summary>The canonical text, always ending with a dot.</summary>
    public string Value => _value ?? ".";

    public bool IsRoot => Value.Length == 1;

    /// <summary>The name without its trailing dot, as messages show it (<c>sip.contoso.com</c>).</summary>
    public string Display => IsRoot ? "." : Value[..^1];

    public int LabelCount
    {
        get
        {
            if (IsRoot)
            {
                return 0;
            }

            var count = 0;
            for (var i = 0; i < Value.Length; i++)
            {
                if (IsSeparatorAt(Value, i))
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>The name with its first label removed; the root's parent is null.</summary>
    public DnsName? Parent
    {
        get
        {
            if (IsRoot)
            {
                return null;
            }

            for (var i = 0; i < Value.Length; i++)
            {
                if (IsSeparatorAt(Value, i))
                {
                    return i == Value.Length - 1 ? Root : new DnsName(Value[(i + 1)..]);
                }
            }

            return Root;
        }
    }

    /// <summary>
    /// Where the parent's text starts in <see cref="Value"/>: the index after the first label's separator, which is
    /// <c>Value.Length</c> when the parent is the root; -1 for the root itself. Lets an index walk the ancestors of a
    /// name as suffixes of one string instead of allocating a name per ancestor.
    /// </summary>
    internal static int ParentStart(string value, int start)
    {
        if (value.Length - start <= 1)
        {
            return -1;
        }

        for (var i = start; i < value.Length; i++)
        {
            if (IsSeparatorAt(value, i))
            {
                return i + 1;
            }
        }

        return value.Length;
    }

    /// <summary>The first label in canonical (escaped) form; empty for the root.</summary>
    public string FirstLabel
    {
        get
        {
            for (var i = 0; i < Value.Length; i++)
            {
                if (IsSeparatorAt(Value, i))
                {
                    return Value[..i];
                }
            }

            return string.Empty;
        }
    }

    /// <summary>True when this name is <paramref name="ancestor"/> or below it (label-aware: <c>xcontoso.com</c> is not below <c>contoso.com</c>).</summary>
    public bool IsSubdomainOf(DnsName ancestor)
    {
        if (ancestor.IsRoot)
        {
            return true;
        }

        var value = Value;
        var suffix = ancestor.Value;
        if (value.Length == suffix.Length)
        {
            return string.Equals(value, suffix, StringComparison.Ordinal);
        }

        return value.Length > suffix.Length
            && value.EndsWith(suffix, StringComparison.Ordinal)
            && IsSeparatorAt(value, value.Length - suffix.Length - 1);
    }

    /// <summary>This name with <paramref name="origin"/> replaced by <paramref name="replacement"/> (DNAME substitution).</summary>
    public DnsName? ReplaceSuffix(DnsName origin, DnsName replacement)
    {
        if (!IsSubdomainOf(origin))
        {
            return null;
        }

        var prefix = origin.IsRoot ? Value : Value[..(Value.Length - origin.Value.Length)];
        var combined = prefix.Length == 0 ? replacement.Value : (replacement.IsRoot ? prefix : prefix + replacement.Value);
        return FromCanonical(combined);
    }

    /// <summary><c>label.this</c>; the label is given in presentation form and parsed like a zone file label.</summary>
    public DnsName? Prepend(string relativeName) =>
        TryParse(relativeName, this, out var name, out _) ? name : null;

    public int CompareTo(DnsName other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;

    /// <summary>
    /// Parses a name in master-file presentation form (RFC 1035 §5.1): <c>@</c>, absolute names ending in a dot,
    /// names relative to <paramref name="origin"/>, <c>\X</c> and <c>\DDD</c> escapes. A trailing <c>.@</c> label means
    /// the origin, as Azure DNS exports write it (<c>_sip._tls.@</c>).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, DnsName? origin, out DnsName name, out string? error)
    {
        name = Root;
        error = null;
        if (text.Length == 0)
        {
            error = "empty name";
            return false;
        }

        if (text is "@")
        {
            return RequireOrigin(origin, text, out name, out error);
        }

        if (text is ".")
        {
            return true;
        }

        if (TryParsePlain(text, origin, out name))
        {
            return true;
        }

        var relativeToOrigin = false;
        if (text.Length > 2 && text.EndsWith(".@") && !IsEscapedAt(text, text.Length - 2))
        {
            text = text[..^2];
            relativeToOrigin = true;
        }

        var builder = new StringBuilder(text.Length + 16);
        var labelOctets = 0;
        var totalOctets = 1;
        var absolute = false;
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                if (labelOctets == 0)
                {
                    error = "empty label (two dots in a row, or a leading dot)";
                    return false;
                }

                builder.Append('.');
                totalOctets += labelOctets + 1;
                labelOctets = 0;
                if (i == text.Length - 1)
                {
                    absolute = true;
                }

                continue;
            }

            int octet;
            var fromEscape = false;
            if (c == '\\')
            {
                if (i + 1 >= text.Length)
                {
                    error = "name ends with a lone backslash";
                    return false;
                }

                if (char.IsAsciiDigit(text[i + 1]))
                {
                    if (i + 3 >= text.Length || !char.IsAsciiDigit(text[i + 2]) || !char.IsAsciiDigit(text[i + 3]))
                    {
                        error = "\\DDD escape needs three decimal digits";
                        return false;
                    }

                    octet = ((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0');
                    if (octet > 255)
                    {
                        error = $"\\{octet} is not an octet (escapes are decimal, 000-255)";
                        return false;
                    }

                    i += 3;
                }
                else
                {
                    octet = text[i + 1];
                    i++;
                }

                fromEscape = true;
            }
            else
            {
                octet = c;
            }

            if (octet > 0x7F && !fromEscape)
            {
                // A non-ASCII character in a decoded file stands for its UTF-8 octets, as BIND reads the raw bytes.
                var rune = char.IsHighSurrogate(c) && i + 1 < text.Length ? new Rune(c, text[++i]) : new Rune(char.IsSurrogate(c) ? '\uFFFD' : c);
                var length = rune.EncodeToUtf8(utf8);
                for (var b = 0; b < length; b++)
                {
                    AppendOctet(builder, utf8[b]);
                }

                labelOctets += length;
            }
            else
            {
                AppendOctet(builder, octet);
                labelOctets++;
            }

            if (labelOctets > MaxLabelOctets)
            {
                error = $"label longer than {MaxLabelOctets} octets";
                return false;
            }
        }

        if (labelOctets > 0)
        {
            builder.Append('.');
            totalOctets += labelOctets + 1;
        }

        if (!absolute || relativeToOrigin)
        {
            if (origin is not { } o)
            {
                error = $"relative name '{text}' but no $ORIGIN is known (and none could be taken from the file name or SOA)";
                return false;
            }

            if (!o.IsRoot)
            {
                builder.Append(o.Value);
                totalOctets += o.Value.Length;
            }
        }

        if (totalOctets > MaxNameOctets)
        {
            error = $"name longer than {MaxNameOctets} octets";
            return false;
        }

        name = new DnsName(builder.ToString());
        return true;
    }

    /// <summary>Parses a name given without escapes by other dumps (a SIP domain, a URL host): always absolute.</summary>
    public static bool TryParseHost(string host, out DnsName name)
    {
        var text = host.Trim();
        if (!text.EndsWith('.'))
        {
            text += ".";
        }

        return TryParse(text, null, out name, out _);
    }

    public static DnsName FromHost(string host) =>
        TryParseHost(host, out var name) ? name : throw new ArgumentException($"'{host}' is not a domain name", nameof(host));

    private static DnsName FromCanonical(string canonical) => new(canonical);

    /// <summary>
    /// The common case without escapes or special characters (letters, digits, '-', '_', '*'), built in one allocation.
    /// Anything else, including every error, goes through the full parser.
    /// </summary>
    private static bool TryParsePlain(ReadOnlySpan<char> text, DnsName? origin, out DnsName name)
    {
        name = Root;
        var label = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                if (label == 0)
                {
                    return false;
                }

                label = 0;
                continue;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '*') || ++label > MaxLabelOctets)
            {
                return false;
            }
        }

        var absolute = text[^1] == '.';
        if (!absolute && origin is null)
        {
            return false;
        }

        var suffix = absolute ? string.Empty : origin!.Value.Value;
        var length = text.Length + (absolute ? 0 : suffix.Length == 1 ? 1 : suffix.Length + 1);
        if (length + 1 > MaxNameOctets)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[length];
        text.ToLowerInvariant(buffer);
        if (!absolute)
        {
            buffer[text.Length] = '.';
            if (suffix.Length > 1)
            {
                suffix.AsSpan().CopyTo(buffer[(text.Length + 1)..]);
            }
        }
        name = new DnsName(new string(buffer));
        return true;
    }

    private static bool RequireOrigin(DnsName? origin, ReadOnlySpan<char> text, out DnsName name, out string? error)
    {
        name = origin ?? Root;
        error = origin is null ? $"'{text}' used but no $ORIGIN is known" : null;
        return origin is not null;
    }

    private static void AppendOctet(StringBuilder builder, int octet)
    {
        if (octet is >= 'A' and <= 'Z')
        {
            builder.Append((char)(octet + 32));
        }
        else if (octet is '.' or '\\' or '"' or '(' or ')' or ';' or '@' or '$')
        {
            builder.Append('\\').Append((char)octet);
        }
        else if (octet < 0x21 || octet > 0x7E)
        {
            builder.Append('\\').Append((char)('0' + (octet / 100))).Append((char)('0' + (octet / 10 % 10))).Append((char)('0' + (octet % 10)));
        }
        else
        {
            builder.Append((char)octet);
        }
    }

    /// <summary>True when the dot at <paramref name="index"/> separates labels (is not escaped by an odd run of backslashes).</summary>
    private static bool IsSeparatorAt(string value, int index) =>
        value[index] == '.' && !IsEscapedAt(value, index);

    private static bool IsEscapedAt(ReadOnlySpan<char> value, int index)
    {
        var backslashes = 0;
        for (var j = index - 1; j >= 0 && value[j] == '\\'; j--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }
}
