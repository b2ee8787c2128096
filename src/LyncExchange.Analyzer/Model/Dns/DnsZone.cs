using System.Collections.Immutable;
using System.Runtime.InteropServices;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>One supplied zone: its origin, the file it came from (and so its split-brain view), its SOA and records by owner.</summary>
public sealed class DnsZone
{
    private const int EndOfChain = -1;

    private readonly Lazy<OwnerIndex> _owners;
    private readonly Lazy<HashSet<DnsNameSuffix>> _ancestors;

    public DnsZone(DnsName origin, string sourceFile, IEnumerable<ResourceRecord> records)
        : this(origin, sourceFile, records.ToImmutableArray())
    {
    }

    /// <summary>A zone over <paramref name="records"/> as they are, without copying them (millions, for a large zone).</summary>
    internal DnsZone(DnsName origin, string sourceFile, ImmutableArray<ResourceRecord> records)
    {
        Origin = origin;
        SourceFile = sourceFile;
        View = DnsZoneViews.FromPath(sourceFile);
        Records = records;
        foreach (var record in Records)
        {
            if (record.Type == DnsRecordType.SOA && record.Owner == origin)
            {
                Soa = record;
                break;
            }
        }

        // Both indexes are built on the first question: a zone no rule asks about (no SIP or mail domain in it) costs
        // only its records, and a large zone does not pay for hashing every owner before it is known to be needed.
        _owners = new(BuildOwnerIndex);
        _ancestors = new(BuildAncestors);
    }

    public DnsName Origin { get; }

    public string SourceFile { get; }

    public DnsZoneView View { get; }

    public ResourceRecord? Soa { get; }

    /// <summary>Every record in file order.</summary>
    public ImmutableArray<ResourceRecord> Records { get; }

    /// <summary>Every owner once.</summary>
    public IEnumerable<DnsName> Owners => _owners.Value.FirstOfOwner.Keys;

    /// <summary>Where a finding about a missing record points: the SOA line, else the first record, else the file.</summary>
    public DumpLocation Location => Soa?.Location ?? (Records.IsEmpty ? DumpLocation.WholeFile(SourceFile) : Records[0].Location);

    /// <summary>The records owned by <paramref name="owner"/>, in file order.</summary>
    public ImmutableArray<ResourceRecord> Find(DnsName owner) => Collect(owner, type: null);

    public ImmutableArray<ResourceRecord> Find(DnsName owner, DnsRecordType type) => Collect(owner, type);

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
    public bool HasNamesBelow(DnsName name) => _ancestors.Value.Contains(DnsNameSuffix.Of(name));

    /// <summary>
    /// True when <paramref name="name"/> exists in this zone (RFC 4592 §2.2.2): it is inside the zone and owns records
    /// or is an empty non-terminal above an owner. NXDOMAIN versus NODATA, and the closest encloser of a wildcard.
    /// </summary>
    public bool NameExists(DnsName name) =>
        name.IsSubdomainOf(Origin) && (_owners.Value.FirstOfOwner.ContainsKey(name) || HasNamesBelow(name));

    public override string ToString() => $"{Origin.Display} ({SourceFile}, {View})";

    private ImmutableArray<ResourceRecord> Collect(DnsName owner, DnsRecordType? type)
    {
        var (firstOfOwner, nextOfOwner) = _owners.Value;
        if (!firstOfOwner.TryGetValue(owner, out var first))
        {
            return [];
        }

        var count = 0;
        for (var i = first; i != EndOfChain; i = nextOfOwner[i])
        {
            count += type is null || Records[i].Type == type ? 1 : 0;
        }

        var found = new ResourceRecord[count];
        count = 0;
        for (var i = first; i != EndOfChain; i = nextOfOwner[i])
        {
            if (type is null || Records[i].Type == type)
            {
                found[count++] = Records[i];
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(found);
    }

    private OwnerIndex BuildOwnerIndex()
    {
        var nextOfOwner = new int[Records.Length];

        // Sized to the runs of one owner, not to the records: most owners of a large zone come as a run (an address
        // pair, owner inheritance), and a table sized to the records was a third empty, in the large object heap.
        var runs = Records.IsEmpty ? 0 : 1;
        for (var i = 1; i < Records.Length; i++)
        {
            runs += Records[i].Owner == Records[i - 1].Owner ? 0 : 1;
        }

        var firstOfOwner = new Dictionary<DnsName, int>(runs);

        // Backwards, so each owner's chain comes out in file order with one dictionary and no second pass. A run of
        // records sharing one owner (owner inheritance, the common case) links up without asking the dictionary.
        for (var end = Records.Length - 1; end >= 0;)
        {
            var owner = Records[end].Owner;
            var start = end;
            while (start > 0 && Records[start - 1].Owner == owner)
            {
                nextOfOwner[start - 1] = start;
                start--;
            }

            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(firstOfOwner, owner, out var seen);
            nextOfOwner[end] = seen ? first : EndOfChain;
            first = start;
            end = start - 1;
        }

        return new OwnerIndex(firstOfOwner, nextOfOwner);
    }

    /// <summary>
    /// Every strict ancestor of every owner, the root included, as suffixes of the owners' own text. Built on the first
    /// existence question only: a zone nobody asks about (no SIP or mail domain in it) never pays for it. Walking up
    /// stops at the first ancestor already known, whose own ancestors are then known too.
    /// </summary>
    private HashSet<DnsNameSuffix> BuildAncestors()
    {
        var ancestors = new HashSet<DnsNameSuffix>();
        DnsNameSuffix? lastParent = null;
        foreach (var owner in _owners.Value.FirstOfOwner.Keys)
        {
            // Neighbouring owners mostly share their parent (host1, host2 … under the apex): comparing with the last one
            // is cheaper than hashing it again, and the set holds it already.
            var text = owner.Value;
            var start = DnsName.ParentStart(text, 0);
            if (start < 0 || (lastParent is { } last && last.Equals(new DnsNameSuffix(text, start))))
            {
                continue;
            }

            lastParent = new DnsNameSuffix(text, start);
            for (; start >= 0 && ancestors.Add(new DnsNameSuffix(text, start)); start = DnsName.ParentStart(text, start))
            {
            }
        }

        return ancestors;
    }

    /// <param name="FirstOfOwner">The first record (index into <see cref="Records"/>) of each owner.</param>
    /// <param name="NextOfOwner">
    /// For each record, the next record of the same owner in file order. A chain of indexes instead of an array per
    /// owner: most owners of a large zone have one or two records, and an array each cost more than the records' names.
    /// </param>
    private sealed record OwnerIndex(Dictionary<DnsName, int> FirstOfOwner, int[] NextOfOwner);
}
