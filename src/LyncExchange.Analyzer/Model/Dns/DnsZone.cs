using System.Collections.Frozen;
using System.Collections.Immutable;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>One supplied zone: its origin, the file it came from (and so its split-brain view), its SOA and records by owner.</summary>
public sealed class DnsZone
{
    private readonly FrozenDictionary<DnsName, ImmutableArray<ResourceRecord>> _byOwner;

    public DnsZone(DnsName origin, string sourceFile, IEnumerable<ResourceRecord> records)
    {
        Origin = origin;
        SourceFile = sourceFile;
        View = DnsZoneViews.FromPath(sourceFile);
        Records = [.. records];
        _byOwner = Records.GroupBy(r => r.Owner).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        Soa = Records.FirstOrDefault(r => r.Type == DnsRecordType.SOA && r.Owner == origin);
    }

    public DnsName Origin { get; }

    public string SourceFile { get; }

    public DnsZoneView View { get; }

    public ResourceRecord? Soa { get; }

    /// <summary>Every record in file order.</summary>
    public ImmutableArray<ResourceRecord> Records { get; }

    public IEnumerable<DnsName> Owners => _byOwner.Keys;

    /// <summary>Where a finding about a missing record points: the SOA line, else the first record, else the file.</summary>
    public DumpLocation Location => Soa?.Location ?? (Records.IsEmpty ? DumpLocation.WholeFile(SourceFile) : Records[0].Location);

    public ImmutableArray<ResourceRecord> Find(DnsName owner) =>
        _byOwner.TryGetValue(owner, out var records) ? records : [];

    public ImmutableArray<ResourceRecord> Find(DnsName owner, DnsRecordType type)
    {
        var all = Find(owner);
        return all.All(r => r.Type == type) ? all : [.. all.Where(r => r.Type == type)];
    }

    public bool Contains(DnsName name) => name.IsSubdomainOf(Origin);

    /// <summary>
    /// The NS records of a delegation between the apex and <paramref name="name"/> (inclusive): the zone does not
    /// answer for names at or below a cut, the child zone does.
    /// </summary>
    public ImmutableArray<ResourceRecord> FindDelegation(DnsName name)
    {
        for (DnsName? current = name; current is { } c && c != Origin && c.IsSubdomainOf(Origin); current = c.Parent)
        {
            var ns = Find(c, DnsRecordType.NS);
            if (!ns.IsEmpty)
            {
                return ns;
            }
        }

        return [];
    }

    /// <summary>True when some record is owned by <paramref name="name"/> or a name below it (an empty non-terminal exists).</summary>
    public bool HasNamesBelow(DnsName name) =>
        _byOwner.Keys.Any(owner => owner != name && owner.IsSubdomainOf(name));

    public override string ToString() => $"{Origin.Display} ({SourceFile}, {View})";
}
