using System.Collections.Immutable;
using System.Globalization;
using Sprache;

namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>
/// The structured fields inside one zone-file token: the BIND <c>$GENERATE</c> range (<c>1-100/2</c>) and its name
/// templates (<c>host-${10,3,d}</c>), parsed with Sprache once per directive; and TTL values with BIND units, hand-written
/// because they occur on most records.
/// Initialisers run in textual order; use <c>Parse.Ref(() =&gt; X)</c> for any reference to a production declared below.
/// </summary>
internal static class ZoneFileGrammar
{
    /// <summary>Four dot-separated runs of digits only: the A-record form <c>IPAddress.TryParse</c> alone would widen (it takes "1" or "0x7f.1").</summary>
    internal static bool IsDottedQuad(ReadOnlySpan<char> text)
    {
        var dots = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return dots == 3;
    }

    internal static Parser<long> Digits { get; } =
        Parse.Digit.AtLeastOnce().Text()
            .Where(t => t.Length <= 10)
            .Select(t => long.Parse(t, NumberStyles.None, CultureInfo.InvariantCulture))
            .Named("number");

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

    /// <summary>
    /// A TTL field: decimal seconds or BIND units (<c>1h30m</c>, <c>1W</c>, a trailing bare number is seconds); at most
    /// 2^31-1 (RFC 2181 §8). Hand-written: it runs for most records, where a combinator parser costs microseconds.
    /// </summary>
    public static bool TryParseTtl(ReadOnlySpan<char> text, out int seconds)
    {
        seconds = 0;
        if (text.Length == 0 || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        long total = 0;
        long number = 0;
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++digits > 10)
                {
                    return false;
                }

                number = (number * 10) + (c - '0');
                continue;
            }

            if (digits == 0)
            {
                return false;
            }

            long unit = char.ToLowerInvariant(c) switch
            {
                's' => 1,
                'm' => 60,
                'h' => 3600,
                'd' => 86400,
                'w' => 604800,
                _ => 0,
            };
            if (unit == 0)
            {
                return false;
            }

            total += number * unit;
            number = 0;
            digits = 0;
        }

        total += number;
        if (total > int.MaxValue)
        {
            return false;
        }

        seconds = (int)total;
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
