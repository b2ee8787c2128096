using System.Text;

namespace LyncExchange.Analyzer.Rules.OAuth;

/// <summary>
/// RULES.md §B.0 thumbprint compare: copied thumbprints carry spaces and invisible marks (U+200E), and the
/// documentation mixes hex case, so both sides are reduced to upper-case hex digits before comparing.
/// </summary>
internal static class Thumbprints
{
    public static string? Normalize(string? thumbprint)
    {
        if (string.IsNullOrWhiteSpace(thumbprint))
        {
            return null;
        }

        var builder = new StringBuilder(thumbprint.Length);
        foreach (var c in thumbprint)
        {
            if (char.IsAsciiHexDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    public static bool AreEqual(string? a, string? b) =>
        Normalize(a) is { } left && Normalize(b) is { } right && string.Equals(left, right, StringComparison.Ordinal);
}
