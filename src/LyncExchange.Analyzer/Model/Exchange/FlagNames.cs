using System.Collections.Immutable;
using System.Globalization;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>
/// A [Flags] enum value as dumps carry it: member names in text and CliXml (<c>Mailbox, ClientAccess</c>), the number in
/// ConvertTo-Json (<c>6</c>). Names the table does not know are kept, never an error: newer Exchange builds add roles.
/// </summary>
public sealed record FlagNames(ImmutableArray<string> Names)
{
    public bool Has(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    public bool Equals(FlagNames? other) => other is not null && Names.SequenceEqual(other.Names, StringComparer.OrdinalIgnoreCase);

    public override int GetHashCode() => Names.Length;

    public override string ToString() => string.Join(", ", Names);

    /// <summary>Names in the table's order, unknown names after them; a number is decoded bit by bit.</summary>
    public static bool TryParse(string text, IReadOnlyList<(string Name, long Value)> table, out FlagNames value, out string? error)
    {
        error = null;
        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            var names = table.Where(t => t.Value != 0 && (number & t.Value) == t.Value).Select(t => t.Name).ToList();
            var known = table.Aggregate(0L, (bits, t) => bits | t.Value);
            if ((number & ~known) != 0)
            {
                names.Add("0x" + (number & ~known).ToString("X", CultureInfo.InvariantCulture));
            }

            value = new FlagNames([.. (names.Count == 0 ? table.Where(t => t.Value == 0).Select(t => t.Name) : names)]);
            return true;
        }

        var parts = trimmed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var ordered = table.Select(t => t.Name).Where(n => parts.Contains(n, StringComparer.OrdinalIgnoreCase))
            .Concat(parts.Where(p => !table.Any(t => string.Equals(t.Name, p, StringComparison.OrdinalIgnoreCase))));
        value = new FlagNames([.. ordered]);
        return true;
    }
}
