using System.Globalization;
using System.Text;

namespace LyncExchange.Analyzer.Formats.Clixml;

/// <summary>
/// Undoes the CliXml string encoding (MS-PSRP 2.2.5.3.2): control characters, surrogates and a literal
/// <c>_x</c> that would look like an escape are written as <c>_xHHHH_</c>; applied after XML unescaping,
/// to element text and to property names alike.
/// </summary>
internal static class ClixmlStringDecoder
{
    public static string Decode(string text)
    {
        var index = text.IndexOf("_x", StringComparison.Ordinal);
        if (index < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var last = 0;
        while (index >= 0)
        {
            if (index + 7 <= text.Length && text[index + 6] == '_'
                && ushort.TryParse(text.AsSpan(index + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append(text, last, index - last).Append((char)code);
                last = index + 7;
                index = text.IndexOf("_x", last, StringComparison.Ordinal);
            }
            else
            {
                index = text.IndexOf("_x", index + 1, StringComparison.Ordinal);
            }
        }

        return builder.Append(text, last, text.Length - last).ToString();
    }
}
