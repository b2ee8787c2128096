using System.Collections.Immutable;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>
/// Where each typed attribute value of a <see cref="DirectoryObject"/> is in its file: the first physical line of the
/// (folded) attribute through the end of its last line, one entry per value in file order. Kept as two flat arrays
/// (attribute ids and line/column triples) because a million users each carry one.
/// </summary>
public readonly struct DirectoryObjectLocations : IEquatable<DirectoryObjectLocations>
{
    private readonly string? _path;
    private readonly ImmutableArray<DirectoryAttribute> _attributes;
    private readonly ImmutableArray<int> _positions;

    internal DirectoryObjectLocations(string path, ImmutableArray<DirectoryAttribute> attributes, ImmutableArray<int> positions)
    {
        _path = path;
        _attributes = attributes;
        _positions = positions;
    }

    public static DirectoryObjectLocations Empty { get; } = default;

    public int Count => _attributes.IsDefault ? 0 : _attributes.Length;

    /// <summary>The first value's location, or <see cref="DumpLocation.None"/> when the attribute is absent.</summary>
    public DumpLocation this[DirectoryAttribute attribute]
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                if (_attributes[i] == attribute)
                {
                    return At(i);
                }
            }

            return DumpLocation.None;
        }
    }

    /// <summary>Every value's location, in file order (the n-th <c>proxyAddresses</c> line for the n-th value).</summary>
    public ImmutableArray<DumpLocation> All(DirectoryAttribute attribute)
    {
        var builder = ImmutableArray.CreateBuilder<DumpLocation>();
        for (var i = 0; i < Count; i++)
        {
            if (_attributes[i] == attribute)
            {
                builder.Add(At(i));
            }
        }

        return builder.ToImmutable();
    }

    public IEnumerable<(DirectoryAttribute Attribute, DumpLocation Location)> Entries()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return (_attributes[i], At(i));
        }
    }

    public bool Equals(DirectoryObjectLocations other) =>
        string.Equals(_path, other._path, StringComparison.Ordinal)
        && (_attributes.IsDefault ? other._attributes.IsDefault || other._attributes.IsEmpty : !other._attributes.IsDefault && _attributes.SequenceEqual(other._attributes))
        && (_positions.IsDefault ? other._positions.IsDefault || other._positions.IsEmpty : !other._positions.IsDefault && _positions.SequenceEqual(other._positions));

    public override bool Equals(object? obj) => obj is DirectoryObjectLocations other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_path, Count);

    public static bool operator ==(DirectoryObjectLocations left, DirectoryObjectLocations right) => left.Equals(right);

    public static bool operator !=(DirectoryObjectLocations left, DirectoryObjectLocations right) => !left.Equals(right);

    private DumpLocation At(int index) =>
        new(_path ?? string.Empty, _positions[index * 3], 1, _positions[(index * 3) + 1], _positions[(index * 3) + 2]);

    /// <summary>Collects locations while an entry is read.</summary>
    public sealed class Builder
    {
        private readonly ImmutableArray<DirectoryAttribute>.Builder _attributes = ImmutableArray.CreateBuilder<DirectoryAttribute>();
        private readonly ImmutableArray<int>.Builder _positions = ImmutableArray.CreateBuilder<int>();

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

        public DirectoryObjectLocations Build(string path) => new(path, _attributes.ToImmutable(), _positions.ToImmutable());
    }
}
