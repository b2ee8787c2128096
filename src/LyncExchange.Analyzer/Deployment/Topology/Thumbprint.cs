namespace LyncExchange.Analyzer.Deployment.Topology;

/// <summary>
/// Certificate thumbprints as customers copy them: spaces, U+200E marks and mixed case are noise (RULES.md §B.0).
/// </summary>
public static class Thumbprint
{
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        Span<char> buffer = stackalloc char[value.Length];
        var length = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiHexDigit(c))
            {
                buffer[length++] = char.ToUpperInvariant(c);
            }
        }

        return length == 0 ? null : new string(buffer[..length]);
    }

    public static bool AreEqual(string? a, string? b) =>
        Normalize(a) is { } left && string.Equals(left, Normalize(b), StringComparison.Ordinal);
}
