using System.Collections.Immutable;
using System.Text;
using LyncExchange.Analyzer.Model.Directory;
using Sprache;

namespace LyncExchange.Analyzer.Formats.Shared;

/// <summary>
/// Distinguished names per RFC 4514 §3: RDNs separated by <c>,</c>, multi-valued RDNs joined by <c>+</c>,
/// values with <c>\,</c>-style escapes, <c>\XX</c> hex pairs (UTF-8 bytes) and <c>#hex</c> BER values.
/// Lenient where real directories are (RFC 2253 readers accept it too): spaces around <c>,</c>, <c>+</c> and
/// <c>=</c> are ignored, and unescaped leading or trailing spaces of a value are dropped.
/// Initialisers run in textual order; use <c>Parse.Ref(() =&gt; X)</c> for any reference to a production declared below.
/// </summary>
internal static class DistinguishedNameGrammar
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    internal static Parser<char> HexDigit { get; } = Parse.Char(char.IsAsciiHexDigit, "hex digit");

    internal static Parser<byte> HexPair { get; } =
        HexDigit.Then(high => HexDigit.Select(low => (byte)((HexValue(high) << 4) | HexValue(low)))).Named("hex pair");

    /// <summary>RFC 4514 <c>escaped / SPACE / SHARP / EQUALS</c> and the escape character itself.</summary>
    internal static Parser<char> Special { get; } = Parse.Chars("\\\"+,;<> #=").Named("special character");

    /// <summary><c>\</c> followed by a special character or a hex pair.</summary>
    internal static Parser<ValuePiece> Pair { get; } =
        Parse.Char('\\').Then(_ => HexPair.Select(ValuePiece.FromByte).Or(Special.Select(ValuePiece.FromEscaped)))
            .Named("escape sequence");

    internal static Parser<ValuePiece> StringChar { get; } =
        Parse.Char(c => c is not ('"' or '+' or ',' or ';' or '<' or '>' or '\\' or '\0'), "value character")
            .Select(ValuePiece.FromPlain);

    internal static Parser<string> HexString { get; } =
        Parse.Char('#').Then(_ => HexDigit.AtLeastOnce().Text())
            .Where(hex => hex.Length % 2 == 0)
            .Select(hex => "#" + hex.ToUpperInvariant())
            .Named("#hexstring");

    internal static Parser<string> StringValue { get; } =
        Pair.Or(StringChar).Many().Select(Assemble).Where(value => value is not null).Select(value => value!);

    internal static Parser<string> AttributeValue { get; } = HexString.XOr(StringValue).Named("attribute value");

    internal static Parser<string> Keystring { get; } =
        Parse.Char(char.IsAsciiLetter, "letter")
            .Then(first => Parse.Char(c => char.IsAsciiLetterOrDigit(c) || c == '-', "letter, digit or '-'").Many().Text().Select(rest => first + rest));

    internal static Parser<string> NumericOid { get; } =
        Parse.Digit.AtLeastOnce().Text().DelimitedBy(Parse.Char('.')).Select(parts => string.Join('.', parts));

    internal static Parser<string> AttributeType { get; } = Keystring.XOr(NumericOid).Named("attribute type");

    private static Parser<IEnumerable<char>> Spaces { get; } = Parse.Char(' ').Many();

    internal static Parser<AttributeTypeAndValue> AttributeTypeAndValue { get; } =
        from leading in Spaces
        from type in AttributeType
        from before in Spaces
        from equal in Parse.Char('=').Named("'='")
        from after in Spaces
        from value in AttributeValue
        select new AttributeTypeAndValue(type, value);

    internal static Parser<RelativeDistinguishedName> RelativeDistinguishedName { get; } =
        AttributeTypeAndValue.DelimitedBy(Parse.Char('+'))
            .Select(values => new RelativeDistinguishedName([.. values]))
            .Named("RDN");

    internal static Parser<ImmutableArray<RelativeDistinguishedName>> DistinguishedName { get; } =
        RelativeDistinguishedName.DelimitedBy(Parse.Char(',')).Select(rdns => rdns.ToImmutableArray()).End()
            .Or(Spaces.End().Return(ImmutableArray<RelativeDistinguishedName>.Empty))
            .Named("distinguished name");

    public static bool TryParse(string text, out ImmutableArray<RelativeDistinguishedName> rdns, out string? error)
    {
        var result = DistinguishedName.TryParse(text);
        if (result.WasSuccessful)
        {
            rdns = result.Value;
            error = null;
            return true;
        }

        rdns = [];
        error = Describe(result, text);
        return false;
    }

    internal static string Describe<T>(IResult<T> result, string text)
    {
        var position = result.Remainder.Position;
        var expected = string.Join(" or ", result.Expectations.Distinct());
        return position >= text.Length
            ? $"unexpected end at column {position + 1}" + (expected.Length > 0 ? $", expected {expected}" : string.Empty)
            : $"unexpected '{text[position]}' at column {position + 1}" + (expected.Length > 0 ? $", expected {expected}" : string.Empty);
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>
    /// Joins the pieces of a value: hex pairs in a row are UTF-8 bytes of one or more characters, and unescaped
    /// spaces at either end are not part of the value. Null when the hex pairs are not UTF-8.
    /// </summary>
    private static string? Assemble(IEnumerable<ValuePiece> pieces)
    {
        var list = pieces as IList<ValuePiece> ?? [.. pieces];
        if (list.Count > 0 && list[0] is { Value: '#', IsEscaped: false })
        {
            // RFC 4514: an unescaped leading '#' introduces a hexstring, which did not parse.
            return null;
        }

        var start = 0;
        var end = list.Count;
        while (start < end && list[start].IsUnescapedSpace)
        {
            start++;
        }

        while (end > start && list[end - 1].IsUnescapedSpace)
        {
            end--;
        }

        var builder = new StringBuilder(end - start);
        var bytes = new List<byte>();
        for (var i = start; i < end; i++)
        {
            var piece = list[i];
            if (piece.IsByte)
            {
                bytes.Add((byte)piece.Value);
                continue;
            }

            if (!Flush(bytes, builder))
            {
                return null;
            }

            builder.Append(piece.Value);
        }

        return Flush(bytes, builder) ? builder.ToString() : null;
    }

    private static bool Flush(List<byte> bytes, StringBuilder builder)
    {
        if (bytes.Count == 0)
        {
            return true;
        }

        try
        {
            builder.Append(StrictUtf8.GetString([.. bytes]));
            bytes.Clear();
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}

/// <summary>One character of a DN value as written: plain, escaped with <c>\</c>, or a <c>\XX</c> byte.</summary>
internal readonly record struct ValuePiece(char Value, bool IsEscaped, bool IsByte)
{
    public bool IsUnescapedSpace => Value == ' ' && !IsEscaped && !IsByte;

    public static ValuePiece FromPlain(char c) => new(c, false, false);

    public static ValuePiece FromEscaped(char c) => new(c, true, false);

    public static ValuePiece FromByte(byte b) => new((char)b, true, true);
}
