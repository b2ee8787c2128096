using System.Collections.Immutable;
using System.Globalization;
using Sprache;

namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>
/// The structured fields inside one zone-file token: BIND TTL units (<c>1h30m</c>, <c>1W</c>), the <c>$GENERATE</c>
/// range (<c>1-100/2</c>) and its name templates (<c>host-${10,3,d}</c>). Plain decimal TTLs take a hand-written fast path
/// in <see cref="TryParseTtl"/>; Sprache only sees the tokens with structure.
/// Initialisers run in textual order; use <c>Parse.Ref(() =&gt; X)</c> for any reference to a production declared below.
/// </summary>
internal static class ZoneFileGrammar
{
    internal static Parser<long> Digits { get; } =
        Parse.Digit.AtLeastOnce().Text()
            .Where(t => t.Length <= 10)
            .Select(t => long.Parse(t, NumberStyles.None, CultureInfo.InvariantCulture))
            .Named("number");

    internal static Parser<long> TtlUnit { get; } =
        Parse.Chars("sS").Return(1L)
            .Or(Parse.Chars("mM").Return(60L))
            .Or(Parse.Chars("hH").Return(3600L))
            .Or(Parse.Chars("dD").Return(86400L))
            .Or(Parse.Chars("wW").Return(604800L))
            .Named("TTL unit (s, m, h, d, w)");

    internal static Parser<long> TtlPart { get; } =
        from value in Digits
        from unit in TtlUnit
        select value * unit;

    /// <summary>One or more <c>number unit</c> pairs; BIND also accepts a trailing bare number as seconds (<c>1h30</c>).</summary>
    internal static Parser<long> TtlWithUnits { get; } =
        (from parts in TtlPart.AtLeastOnce()
         from seconds in Digits.Optional()
         select parts.Sum() + seconds.GetOrElse(0)).End();

    internal static Parser<GenerateRange> Range { get; } =
        (from start in Digits
         from dash in Parse.Char('-')
         from stop in Digits
         from step in Parse.Char('/').Then(_ => Digits).Optional()
         select new GenerateRange(start, stop, step.GetOrElse(1))).End();

    internal static Parser<char> BaseLetter { get; } = Parse.Chars("doxXnN").Named("base (d, o, x, X, n, N)");

    /// <summary><c>${offset[,width[,base]]}</c>; offset may be negative.</summary>
    internal static Parser<GenerateSegment> Modifier { get; } =
        from open in Parse.String("${")
        from sign in Parse.Char('-').Optional()
        from offset in Digits
        from width in Parse.Char(',').Then(_ => Digits).Optional()
        from letter in Parse.Char(',').Then(_ => BaseLetter).Optional()
        from close in Parse.Char('}')
        select GenerateSegment.Iterator((sign.IsDefined ? -1 : 1) * offset, (int)width.GetOrElse(0), letter.GetOrElse('d'));

    internal static Parser<GenerateSegment> Iterator { get; } =
        Parse.Char('$').Return(GenerateSegment.Iterator(0, 0, 'd'));

    internal static Parser<GenerateSegment> EscapedDollar { get; } =
        Parse.String("\\$").Return(GenerateSegment.Literal("$"));

    internal static Parser<GenerateSegment> OtherEscape { get; } =
        from backslash in Parse.Char('\\')
        from c in Parse.AnyChar
        select GenerateSegment.Literal("\\" + c);

    internal static Parser<GenerateSegment> LiteralRun { get; } =
        Parse.CharExcept("$\\").AtLeastOnce().Text().Select(GenerateSegment.Literal);

    internal static Parser<ImmutableArray<GenerateSegment>> Template { get; } =
        EscapedDollar.Or(OtherEscape).Or(Modifier).Or(Iterator).Or(LiteralRun).Many()
            .Select(segments => segments.ToImmutableArray())
            .End();

    /// <summary>A TTL field: decimal seconds or BIND units; at most 2^31-1 (RFC 2181 §8).</summary>
    public static bool TryParseTtl(string text, out int seconds)
    {
        seconds = 0;
        if (text.Length == 0 || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        long value;
        if (text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            var result = TtlWithUnits.TryParse(text);
            if (!result.WasSuccessful)
            {
                return false;
            }

            value = result.Value;
        }
        else if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (value > int.MaxValue)
        {
            return false;
        }

        seconds = (int)value;
        return true;
    }

    public static bool TryParseRange(string text, out GenerateRange range)
    {
        var result = Range.TryParse(text);
        range = result.WasSuccessful ? result.Value : default;
        return result.WasSuccessful && range.Start <= range.Stop && range.Step > 0;
    }

    public static bool TryParseTemplate(string text, out ImmutableArray<GenerateSegment> segments)
    {
        var result = Template.TryParse(text);
        segments = result.WasSuccessful ? result.Value : [];
        return result.WasSuccessful;
    }
}
