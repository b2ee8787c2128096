using System.Collections.Immutable;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>
/// One <c>attr[;options]: value</c> line (after unfolding). <see cref="Location"/> runs from column 1 of the first
/// physical line to the end of the last one; <see cref="ValueLocation"/> starts where the value does.
/// </summary>
public sealed record LdifAttribute(string Name, ImmutableArray<string> Options, LdifValue Value, DumpLocation Location, DumpLocation ValueLocation)
{
    /// <summary>The <c>range=low-high</c> option AD's ranged retrieval adds, or null.</summary>
    public string? Range
    {
        get
        {
            foreach (var option in Options)
            {
                if (option.StartsWith("range=", StringComparison.OrdinalIgnoreCase))
                {
                    return option;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// The attribute holds only part of its values: any <c>range=</c> other than <c>range=0-*</c> (the whole set).
    /// A final chunk <c>range=1500-*</c> is also partial on its own, since earlier chunks live in other entries.
    /// </summary>
    public bool IsRanged => Range is { } range && !range.Equals("range=0-*", StringComparison.OrdinalIgnoreCase);

    public bool HasOption(string option)
    {
        foreach (var candidate in Options)
        {
            if (candidate.Equals(option, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The attribute description as written: the name and its options.</summary>
    public string Description => Options.IsDefaultOrEmpty ? Name : Name + ";" + string.Join(';', Options);
}
