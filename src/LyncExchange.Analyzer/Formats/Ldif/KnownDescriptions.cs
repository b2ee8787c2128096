using System.Runtime.CompilerServices;

namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>An attribute description (no options) as the reader understood it the first time it saw its bytes.</summary>
internal sealed class KnownDescription(byte[] bytes, string name, LdifValueUse use, bool isBinary)
{
    public byte[] Bytes { get; } = bytes;

    public string Name { get; } = name;

    /// <summary>What the typed reader does with a value of a content or add record (ignored by the general reader).</summary>
    public LdifValueUse Use { get; } = use;

    public bool IsBinary { get; } = isBinary;

    public bool IsControl { get; } = name.Equals("control", StringComparison.OrdinalIgnoreCase);

    public bool IsChangeType { get; } = name.Equals("changetype", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The descriptions of one file, found by their exact bytes (an export spells each name one way): a line's name is
/// looked up without decoding it to a string. A small table that overwrites on collision; a miss only costs the slow path.
/// </summary>
internal sealed class KnownDescriptions
{
    private const int Slots = 256;

    private readonly KnownDescription?[] _slots = new KnownDescription?[Slots];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public KnownDescription? Find(ReadOnlySpan<byte> description)
    {
        var candidate = _slots[SlotOf(description)];
        return candidate is not null && description.SequenceEqual(candidate.Bytes) ? candidate : null;
    }

    public void Add(KnownDescription description) => _slots[SlotOf(description.Bytes)] = description;

    private static int SlotOf(ReadOnlySpan<byte> description)
    {
        // Length and three bytes spread the two hundred names of an AD export well enough; collisions only evict.
        var hash = (uint)description.Length * 0x9E3779B1u;
        hash ^= description[0] * 0x85EBCA77u;
        hash ^= description[^1] * 0xC2B2AE3Du;
        hash ^= description[description.Length / 2] * 0x27D4EB2Fu;
        return (int)((hash ^ (hash >> 15)) % Slots);
    }
}
