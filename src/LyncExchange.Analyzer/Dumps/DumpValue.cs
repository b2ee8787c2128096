using System.Collections.Immutable;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Dumps;

/// <summary>
/// A property value as a reader saw it, before any typing. Text readers give culture-formatted text;
/// serialized formats (CliXml, JSON) give invariant text and say so, so converters parse it the right way.
/// </summary>
public sealed record DumpValue
{
    public required DumpValueKind Kind { get; init; }

    /// <summary>The scalar's text; for collections and objects, what the dump printed for them (if anything).</summary>
    public string? Text { get; init; }

    public ImmutableArray<DumpValue> Items { get; init; } = [];

    public DumpObject? Object { get; init; }

    public ImmutableArray<byte> Bytes { get; init; } = [];

    /// <summary>The dump cut this value short (<c>...</c>, <c>…</c>, or a collection type name in CSV).</summary>
    public bool IsTruncated { get; init; }

    /// <summary>What showed the truncation: <c>...</c>, <c>…</c>, or the type name that replaced the collection.</summary>
    public string? TruncationMark { get; init; }

    /// <summary>True when <see cref="Text"/> is in the invariant round-trip form (CliXml, JSON), not the dump's culture.</summary>
    public bool IsInvariant { get; init; }

    /// <summary>The serialized primitive type when the format names it (CliXml <c>B</c>, <c>I32</c>, <c>DT</c>…).</summary>
    public string? PrimitiveType { get; init; }

    public DumpLocation Location { get; init; } = DumpLocation.None;

    public static DumpValue Null(DumpLocation location) => new() { Kind = DumpValueKind.Null, Location = location };

    public static DumpValue Scalar(string text, DumpLocation location, bool invariant = false) =>
        new() { Kind = DumpValueKind.Scalar, Text = text, Location = location, IsInvariant = invariant };

    public static DumpValue Collection(ImmutableArray<DumpValue> items, DumpLocation location, bool truncated = false, string? mark = null) =>
        new() { Kind = DumpValueKind.Collection, Items = items, Location = location, IsTruncated = truncated, TruncationMark = mark };

    public bool IsEmpty => Kind == DumpValueKind.Null
        || (Kind == DumpValueKind.Scalar && string.IsNullOrEmpty(Text))
        || (Kind == DumpValueKind.Collection && Items.IsEmpty && !IsTruncated);

    /// <summary>The value as one string, for messages and for binding a scalar from any shape.</summary>
    public string? AsText() => Kind switch
    {
        DumpValueKind.Scalar => Text,
        DumpValueKind.Collection => "{" + string.Join(", ", Items.Select(i => i.AsText())) + (IsTruncated ? TruncationMark : string.Empty) + "}",
        DumpValueKind.Object => Text ?? Object?.ToString(),
        DumpValueKind.Binary => Text ?? (Bytes.IsDefaultOrEmpty ? null : Convert.ToBase64String(Bytes.AsSpan())),
        _ => null,
    };

    public bool Equals(DumpValue? other) =>
        other is not null
        && Kind == other.Kind
        && Text == other.Text
        && Items.SequenceEqual(other.Items)
        && Equals(Object, other.Object)
        && Bytes.SequenceEqual(other.Bytes)
        && IsTruncated == other.IsTruncated
        && IsInvariant == other.IsInvariant
        && Location == other.Location;

    public override int GetHashCode() => HashCode.Combine(Kind, Text, Items.Length, IsTruncated, Location);
}
