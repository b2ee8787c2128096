using System.Collections.Immutable;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>
/// Where each typed attribute value of a <see cref="DirectoryObject"/> is in its file: the first physical line of the
/// (folded) attribute through the end of its last line, one entry per value in file order. A million users each carry
/// one, so the entries are one byte array: per value the attribute id, then as unsigned LEB128 varints the line's
/// distance from the previous entry's line (zig-zag, as a change record may locate a value earlier), the number of
/// continuation lines, and the end column. A typical user's two dozen values take about 100 bytes instead of 400.
/// </summary>
public readonly struct DirectoryObjectLocations : IEquatable<DirectoryObjectLocations>
{
    private readonly string? _path;
    private readonly byte[]? _encoded;
    private readonly int _count;

    private DirectoryObjectLocations(string path, byte[] encoded, int count)
    {
        _path = path;
        _encoded = encoded;
        _count = count;
    }

    public static DirectoryObjectLocations Empty { get; } = default;

    public int Count => _count;

    /// <summary>The first value's location, or <see cref="DumpLocation.None"/> when the attribute is absent.</summary>
    public DumpLocation this[DirectoryAttribute attribute]
    {
        get
        {
            var reader = new EntryReader(_encoded);
            for (var i = 0; i < _count; i++)
            {
                var (which, line, endLine, endColumn) = reader.Next();
                if (which == attribute)
                {
                    return new DumpLocation(_path ?? string.Empty, line, 1, endLine, endColumn);
                }
            }

            return DumpLocation.None;
        }
    }

    /// <summary>Every value's location, in file order (the n-th <c>proxyAddresses</c> line for the n-th value).</summary>
    public ImmutableArray<DumpLocation> All(DirectoryAttribute attribute)
    {
        var builder = ImmutableArray.CreateBuilder<DumpLocation>();
        var reader = new EntryReader(_encoded);
        for (var i = 0; i < _count; i++)
        {
            var (which, line, endLine, endColumn) = reader.Next();
            if (which == attribute)
            {
                builder.Add(new DumpLocation(_path ?? string.Empty, line, 1, endLine, endColumn));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>One bit (<c>1 &lt;&lt; attribute</c>) per attribute located here, without building any location.</summary>
    internal ulong AttributeMask()
    {
        var mask = 0UL;
        var reader = new EntryReader(_encoded);
        for (var i = 0; i < _count; i++)
        {
            mask |= 1UL << (int)reader.Next().Attribute;
        }

        return mask;
    }

    public IEnumerable<(DirectoryAttribute Attribute, DumpLocation Location)> Entries()
    {
        var result = new (DirectoryAttribute, DumpLocation)[_count];
        var reader = new EntryReader(_encoded);
        for (var i = 0; i < _count; i++)
        {
            var (which, line, endLine, endColumn) = reader.Next();
            result[i] = (which, new DumpLocation(_path ?? string.Empty, line, 1, endLine, endColumn));
        }

        return result;
    }

    public bool Equals(DirectoryObjectLocations other) =>
        string.Equals(_path, other._path, StringComparison.Ordinal)
        && _count == other._count
        && _encoded.AsSpan().SequenceEqual(other._encoded.AsSpan());

    public override bool Equals(object? obj) => obj is DirectoryObjectLocations other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_path, Count);

    public static bool operator ==(DirectoryObjectLocations left, DirectoryObjectLocations right) => left.Equals(right);

    public static bool operator !=(DirectoryObjectLocations left, DirectoryObjectLocations right) => !left.Equals(right);

    private static void WriteVarint(List<byte> output, uint value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }

        output.Add((byte)value);
    }

    /// <summary>Decodes the entries in order.</summary>
    private struct EntryReader(byte[]? encoded)
    {
        private int _offset;
        private int _line;

        public (DirectoryAttribute Attribute, int Line, int EndLine, int EndColumn) Next()
        {
            var which = (DirectoryAttribute)encoded![_offset++];
            var delta = ReadVarint();
            _line += (int)(delta >> 1) ^ -(int)(delta & 1);
            var endLine = _line + (int)ReadVarint();
            var endColumn = (int)ReadVarint();
            return (which, _line, endLine, endColumn);
        }

        private uint ReadVarint()
        {
            uint value = 0;
            var shift = 0;
            byte b;
            do
            {
                b = encoded![_offset++];
                value |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return value;
        }
    }

    /// <summary>Collects locations while an entry is read.</summary>
    public sealed class Builder
    {
        private readonly List<DirectoryAttribute> _attributes = [];
        private readonly List<int> _positions = [];

        /// <summary>The located attributes so far, in file order.</summary>
        public IReadOnlyList<DirectoryAttribute> Attributes => _attributes;

        public void Add(DirectoryAttribute attribute, DumpLocation location)
        {
            _attributes.Add(attribute);
            _positions.Add(location.Line);
            _positions.Add(location.EndLine);
            _positions.Add(location.EndColumn);
        }

        /// <summary>Drops an attribute's locations (a change record replaced or deleted its values).</summary>
        public void Remove(DirectoryAttribute attribute)
        {
            for (var i = _attributes.Count - 1; i >= 0; i--)
            {
                if (_attributes[i] == attribute)
                {
                    _attributes.RemoveAt(i);
                    _positions.RemoveRange(i * 3, 3);
                }
            }
        }

        /// <summary>Drops the location of the <paramref name="ordinal"/>-th value of an attribute.</summary>
        public void RemoveAt(DirectoryAttribute attribute, int ordinal)
        {
            for (var i = 0; i < _attributes.Count; i++)
            {
                if (_attributes[i] == attribute && ordinal-- == 0)
                {
                    _attributes.RemoveAt(i);
                    _positions.RemoveRange(i * 3, 3);
                    return;
                }
            }
        }

        public static Builder From(DirectoryObjectLocations locations)
        {
            var builder = new Builder();
            foreach (var (attribute, location) in locations.Entries())
            {
                builder.Add(attribute, location);
            }

            return builder;
        }

        public DirectoryObjectLocations Build(string path)
        {
            var encoded = new List<byte>(_attributes.Count * 5);
            var previous = 0;
            for (var i = 0; i < _attributes.Count; i++)
            {
                var line = _positions[i * 3];
                var delta = line - previous;
                encoded.Add((byte)_attributes[i]);
                WriteVarint(encoded, (uint)((delta << 1) ^ (delta >> 31)));
                WriteVarint(encoded, (uint)Math.Max(0, _positions[(i * 3) + 1] - line));
                WriteVarint(encoded, (uint)Math.Max(0, _positions[(i * 3) + 2]));
                previous = line;
            }

            return new DirectoryObjectLocations(path, [.. encoded], _attributes.Count);
        }
    }
}
