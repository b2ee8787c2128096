using System.Globalization;
using System.Text;

namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>A piece of a <c>$GENERATE</c> template: literal text, or the iterator with BIND's offset/width/base modifiers.</summary>
internal sealed record GenerateSegment(string? Text, long Offset, int Width, char Base)
{
    public static GenerateSegment Literal(string text) => new(text, 0, 0, 'd');

    public static GenerateSegment Iterator(long offset, int width, char numberBase) => new(null, offset, width, numberBase);

    public void AppendTo(StringBuilder builder, long iterator)
    {
        if (Text is not null)
        {
            builder.Append(Text);
            return;
        }

        var value = iterator + Offset;
        switch (Base)
        {
            case 'o':
                builder.Append(Convert.ToString(value, 8).PadLeft(Width, '0'));
                break;
            case 'x':
                builder.Append(value.ToString("x", CultureInfo.InvariantCulture).PadLeft(Width, '0'));
                break;
            case 'X':
                builder.Append(value.ToString("X", CultureInfo.InvariantCulture).PadLeft(Width, '0'));
                break;
            case 'n' or 'N':
                AppendNibbles(builder, value, Width, Base == 'N');
                break;
            default:
                builder.Append(value.ToString(CultureInfo.InvariantCulture).PadLeft(Width, '0'));
                break;
        }
    }

    /// <summary>Reverse nibble labels for ip6.arpa (<c>${0,4,n}</c> of 0x1f → <c>f.1.0.0</c>); width counts output characters as in BIND.</summary>
    private static void AppendNibbles(StringBuilder builder, long value, int width, bool upper)
    {
        var digits = value.ToString(upper ? "X" : "x", CultureInfo.InvariantCulture);
        var nibbles = Math.Max(digits.Length, (width + 1) / 2);
        digits = digits.PadLeft(nibbles, '0');
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            builder.Append(digits[i]);
            if (i > 0)
            {
                builder.Append('.');
            }
        }
    }
}
