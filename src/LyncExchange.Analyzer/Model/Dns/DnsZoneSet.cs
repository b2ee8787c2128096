using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>
/// All supplied zones as one resolver, built once per deployment:
/// <c>deployment.GetIndex(d =&gt; DnsZoneSet.Build(d.All&lt;ResourceRecord&gt;()))</c>.
/// Looks names up across the zones, follows CNAME/DNAME chains with loop detection, says when a name leaves the
/// supplied zones, classifies targets as Online/OnPrem/Unknown (RULES.md §B.0) and assembles the Lync and Exchange
/// discovery record sets of a domain. Split-brain copies of a zone (see <see cref="DnsZoneViews"/>) stay separate: every
/// query names the view it asks for.
/// </summary>
public sealed class DnsZoneSet
{
    /// <summary>Resolvers give up long before this; BIND follows 16 CNAMEs.</summary>
    public const int MaxChainLength = 16;

    private static readonly DnsName[] OnlineSuffixes =
    [
        DnsName.FromHost("online.lync.com"),
        DnsName.FromHost("resources.lync.com"),
        DnsName.FromHost("outlook.com"),
    ];

    /// <summary>Microsoft names that, written without a trailing dot, betray a missing dot.</summary>
    private static readonly DnsName[] MicrosoftSuffixes =
    [
        DnsName.FromHost("lync.com"),
        DnsName.FromHost("outlook.com"),
        DnsName.FromHost("microsoftonline-p.net"),
        DnsName.FromHost("microsoftonline.com"),
    ];

    private readonly FrozenDictionary<DnsName, ImmutableArray<DnsZone>> _byOrigin;

    private DnsZoneSet(ImmutableArray<DnsZone> zones)
    {
        Zones = zones;
        _byOrigin = zones.GroupBy(z => z.Origin).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        Conflicts =
        [
            .. zones.GroupBy(z => (z.Origin, z.View))
                .Where(g => g.Count() > 1)
                .Select(g => new DnsZoneConflict(g.Key.Origin, g.Key.View, [.. g])),
        ];
    }

    /// <summary>Every supplied zone, ordered by origin, then source file.</summary>
    public ImmutableArray<DnsZone> Zones { get; }

    /// <summary>Zones supplied more than once for the same view; never merged.</summary>
    public ImmutableArray<DnsZoneConflict> Conflicts { get; }

    public static DnsZoneSet Build(IEnumerable<ResourceRecord> records)
    {
        // One exact array of every record (the caller's sequence is read once); then one pass remembering the last
        // group: a zone's records arrive together, so the dictionary is asked once per run of a zone rather than once
        // per record. A single zone keeps that array as it is; several get arrays of exactly their size. No list grows
        // by doubling and no zone copies millions of references again.
        var all = records.ToArray();
        var groupOf = new Dictionary<(string ZoneFile, DnsName ZoneOrigin), int>();
        var keys = new List<(string ZoneFile, DnsName ZoneOrigin)>();
        var runs = new List<(int Group, int Start, int Length)>();
        (string ZoneFile, DnsName ZoneOrigin) lastKey = default;
        var lastGroup = -1;
        for (var i = 0; i < all.Length; i++)
        {
            var record = all[i];
            if (lastGroup < 0 || !ReferenceEquals(record.ZoneFile, lastKey.ZoneFile) || record.ZoneOrigin != lastKey.ZoneOrigin)
            {
                if (lastGroup >= 0)
                {
                    runs[^1] = runs[^1] with { Length = i - runs[^1].Start };
                }

                lastKey = (record.ZoneFile, record.ZoneOrigin);
                if (!groupOf.TryGetValue(lastKey, out lastGroup))
                {
                    lastGroup = keys.Count;
                    groupOf.Add(lastKey, lastGroup);
                    keys.Add(lastKey);
                }

                runs.Add((lastGroup, i, 0));
            }
        }

        if (runs.Count > 0)
        {
            runs[^1] = runs[^1] with { Length = all.Length - runs[^1].Start };
        }

        var arrays = new ResourceRecord[keys.Count][];
        if (keys.Count == 1)
        {
            arrays[0] = all;
        }
        else
        {
            var sizes = new int[keys.Count];
            foreach (var (group, _, length) in runs)
            {
                sizes[group] += length;
            }

            var filled = new int[keys.Count];
            for (var group = 0; group < arrays.Length; group++)
            {
                arrays[group] = new ResourceRecord[sizes[group]];
            }

            foreach (var (group, start, length) in runs)
            {
                Array.Copy(all, start, arrays[group], filled[group], length);
                filled[group] += length;
            }
        }

        var zones = keys
            .Select((key, group) => new DnsZone(key.ZoneOrigin, key.ZoneFile, ImmutableCollectionsMarshal.AsImmutableArray(arrays[group])))
            .OrderBy(z => z.Origin)
            .ThenBy(z => z.SourceFile, StringComparer.Ordinal)
            .ToImmutableArray();
        return new DnsZoneSet(zones);
    }

    /// <summary>True for names Microsoft's cloud answers: *.online.lync.com, *.resources.lync.com, *.outlook.com.</summary>
    public static bool IsOnlineName(DnsName name)
    {
        foreach (var suffix in OnlineSuffixes)
        {
            if (name != suffix && name.IsSubdomainOf(suffix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every copy of the zone named <paramref name="origin"/>, whatever its view.</summary>
    public ImmutableArray<DnsZone> ZonesNamed(DnsName origin) =>
        _byOrigin.TryGetValue(origin, out var copies) ? copies : [];

    /// <summary>
    /// The supplied zone that is authoritative for <paramref name="name"/> in <paramref name="view"/>: the longest origin
    /// that contains it, taking the copy of that view, else an unlabelled copy. Asked for no particular view, an unlabelled
    /// copy wins, then external, then internal.
    /// </summary>
    public DnsZone? FindZone(DnsName name, DnsZoneView view = DnsZoneView.Unspecified)
    {
        for (DnsName? current = name; current is { } c; current = c.Parent)
        {
            if (_byOrigin.TryGetValue(c, out var copies) && SelectCopy(copies, view) is { } zone)
            {
                return zone;
            }
        }

        return null;
    }

    /// <summary>Looks up <paramref name="name"/>/<paramref name="type"/>, following CNAMEs (unless asked for CNAME) and DNAMEs.</summary>
    public DnsLookup Lookup(DnsName name, DnsRecordType type, DnsZoneView view = DnsZoneView.Unspecified)
    {
        var chain = ImmutableArray.CreateBuilder<ResourceRecord>();
        var visited = new HashSet<DnsName>();
        var current = name;
        DnsZone? zone = null;
        while (true)
        {
            if (!visited.Add(current))
            {
                return Result(DnsLookupStatus.CnameLoop, []);
            }

            if (chain.Count > MaxChainLength)
            {
                return Result(DnsLookupStatus.ChainTooLong, []);
            }

            zone = FindZone(current, view);
            if (zone is null || !zone.FindDelegation(current).IsEmpty)
            {
                return Result(DnsLookupStatus.OutsideSuppliedZones, []);
            }

            var records = zone.Find(current);
            if (records.IsEmpty)
            {
                if (FindDname(zone, current) is { } dname && current.ReplaceSuffix(dname.Owner, ((NameData)dname.Data).Target) is { } substituted)
                {
                    chain.Add(dname);
                    current = substituted;
                    continue;
                }

                if (NameExists(zone, current))
                {
                    return Result(DnsLookupStatus.NoData, []);
                }

                records = FindWildcard(zone, current);
                if (records.IsEmpty)
                {
                    return Result(DnsLookupStatus.NameNotFound, []);
                }
            }

            var answers = records.Where(r => r.Type == type).ToImmutableArray();
            if (!answers.IsEmpty)
            {
                return Result(DnsLookupStatus.Found, answers);
            }

            var cname = records.FirstOrDefault(r => r.Type == DnsRecordType.CNAME);
            if (cname is null || type == DnsRecordType.CNAME)
            {
                return Result(DnsLookupStatus.NoData, []);
            }

            chain.Add(cname);
            current = ((NameData)cname.Data).Target;
        }

        DnsLookup Result(DnsLookupStatus status, ImmutableArray<ResourceRecord> answers) =>
            new(name, type, status, answers, chain.ToImmutable(), current, zone);
    }

    /// <summary>An address lookup (A, else AAAA) of a host name, following CNAMEs.</summary>
    public DnsLookup LookupHost(DnsName name, DnsZoneView view = DnsZoneView.Unspecified)
    {
        var a = Lookup(name, DnsRecordType.A, view);
        if (a.Status != DnsLookupStatus.NoData)
        {
            return a;
        }

        var aaaa = Lookup(name, DnsRecordType.AAAA, view);
        return aaaa.IsFound ? aaaa : a;
    }

    /// <summary>Where a published record sends clients: its SRV/CNAME/DNAME target, classified; an address record is on-premises.</summary>
    public DnsTargetClassification Classify(ResourceRecord record, DnsZoneView view = DnsZoneView.Unspecified) => record.Data switch
    {
        SrvData { IsServiceUnavailable: true } => new(DnsTargetEnvironment.Unknown, DnsName.Root, "SRV target '.' means the service is not available", null),
        SrvData srv => ClassifyTarget(srv.Target, view),
        NameData name when record.Type is DnsRecordType.CNAME or DnsRecordType.DNAME => ClassifyTarget(name.Target, view),
        AddressData address => new(DnsTargetEnvironment.OnPrem, record.Owner, $"address record {address.Address} in customer zone {record.ZoneOrigin.Display}", null),
        _ => new(DnsTargetEnvironment.Unknown, record.Owner, $"{record.TypeName} records do not point anywhere", null),
    };

    /// <summary>
    /// Online when <paramref name="target"/> or any name its CNAME chain passes through is a Microsoft cloud name; OnPrem when
    /// it ends inside a supplied zone at a name that exists; Unknown when it leaves the supplied zones, dangles or loops.
    /// </summary>
    public DnsTargetClassification ClassifyTarget(DnsName target, DnsZoneView view = DnsZoneView.Unspecified)
    {
        if (IsOnlineName(target))
        {
            return new(DnsTargetEnvironment.Online, target, $"'{target.Display}' is a Microsoft online name", null);
        }

        var lookup = LookupHost(target, view);
        foreach (var hop in lookup.Chain)
        {
            if (hop.Data is NameData { Target: var next } && IsOnlineName(next))
            {
                return new(DnsTargetEnvironment.Online, next, $"'{target.Display}' leads to '{next.Display}' through {hop.ObjectIdentity}", lookup);
            }
        }

        return lookup.Status switch
        {
            DnsLookupStatus.Found or DnsLookupStatus.NoData =>
                new(DnsTargetEnvironment.OnPrem, lookup.FinalName, $"'{target.Display}' resolves to '{lookup.FinalName.Display}' in customer zone {lookup.Zone!.Origin.Display}", lookup),
            DnsLookupStatus.NameNotFound =>
                new(DnsTargetEnvironment.Unknown, lookup.FinalName, $"'{lookup.FinalName.Display}' does not exist in customer zone {lookup.Zone!.Origin.Display}", lookup, LooksLikeMissingTrailingDot(lookup.FinalName, lookup.Zone)),
            DnsLookupStatus.OutsideSuppliedZones =>
                new(DnsTargetEnvironment.Unknown, lookup.FinalName, $"'{lookup.FinalName.Display}' is outside the supplied zones", lookup),
            _ => new(DnsTargetEnvironment.Unknown, lookup.FinalName, $"the CNAME chain from '{target.Display}' loops or is too long", lookup),
        };
    }

    /// <summary>
    /// RULES.md §B.0 "External Lync record set" of SIP domain <paramref name="domain"/>: SRV <c>_sip._tls</c> and
    /// <c>_sipfederationtls._tcp</c>, hosts <c>sip</c> and <c>lyncdiscover</c>, as the external view sees them.
    /// </summary>
    public DnsRecordSet ExternalLyncRecords(DnsName domain) =>
        BuildSet(domain, DnsZoneView.External,
        [
            (LyncDnsRecordKind.SipTls, "_sip._tls", true),
            (LyncDnsRecordKind.SipFederationTls, "_sipfederationtls._tcp", true),
            (LyncDnsRecordKind.Sip, "sip", false),
            (LyncDnsRecordKind.LyncDiscover, "lyncdiscover", false),
        ]);

    /// <summary>The internal set: SRV <c>_sipinternaltls._tcp</c>, hosts <c>sipinternal</c> and <c>lyncdiscoverinternal</c>, as the internal view sees them.</summary>
    public DnsRecordSet InternalLyncRecords(DnsName domain) =>
        BuildSet(domain, DnsZoneView.Internal,
        [
            (LyncDnsRecordKind.SipInternalTls, "_sipinternaltls._tcp", true),
            (LyncDnsRecordKind.SipInternal, "sipinternal", false),
            (LyncDnsRecordKind.LyncDiscoverInternal, "lyncdiscoverinternal", false),
        ]);

    /// <summary>Exchange Autodiscover of mail domain <paramref name="domain"/>: host <c>autodiscover</c> and SRV <c>_autodiscover._tcp</c>.</summary>
    public DnsRecordSet ExchangeAutodiscoverRecords(DnsName domain, DnsZoneView view = DnsZoneView.External) =>
        BuildSet(domain, view,
        [
            (LyncDnsRecordKind.Autodiscover, "autodiscover", false),
            (LyncDnsRecordKind.AutodiscoverSrv, "_autodiscover._tcp", true),
        ]);

    public DnsRecordSet ExternalLyncRecords(string sipDomain) => ExternalLyncRecords(DnsName.FromHost(sipDomain));

    public DnsRecordSet InternalLyncRecords(string sipDomain) => InternalLyncRecords(DnsName.FromHost(sipDomain));

    public DnsRecordSet ExchangeAutodiscoverRecords(string mailDomain, DnsZoneView view = DnsZoneView.External) =>
        ExchangeAutodiscoverRecords(DnsName.FromHost(mailDomain), view);

    private DnsRecordSet BuildSet(DnsName domain, DnsZoneView view, (LyncDnsRecordKind Kind, string Prefix, bool IsSrv)[] names)
    {
        var entries = ImmutableArray.CreateBuilder<DnsRecordSetEntry>(names.Length);
        foreach (var (kind, prefix, isSrv) in names)
        {
            var name = domain.Prepend(prefix) ?? domain;
            var zone = FindZone(name, view);
            var published = zone is null
                ? []
                : zone.Find(name).Where(r => isSrv ? r.Type is DnsRecordType.SRV or DnsRecordType.CNAME : r.Type is DnsRecordType.CNAME or DnsRecordType.A or DnsRecordType.AAAA);
            var classified = published.Select(r => new DnsClassifiedRecord(r, Classify(r, view))).ToImmutableArray();
            var lookup = isSrv ? Lookup(name, DnsRecordType.SRV, view) : LookupHost(name, view);
            entries.Add(new DnsRecordSetEntry(kind, name, isSrv, classified, lookup));
        }

        return new DnsRecordSet(domain, view, FindZone(domain, view), entries.MoveToImmutable());
    }

    private static DnsZone? SelectCopy(ImmutableArray<DnsZone> copies, DnsZoneView view)
    {
        DnsZone? unspecified = null, external = null, @internal = null;
        foreach (var zone in copies)
        {
            switch (zone.View)
            {
                case DnsZoneView.Unspecified:
                    unspecified ??= zone;
                    break;
                case DnsZoneView.External:
                    external ??= zone;
                    break;
                default:
                    @internal ??= zone;
                    break;
            }
        }

        return view switch
        {
            DnsZoneView.External => external ?? unspecified,
            DnsZoneView.Internal => @internal ?? unspecified,
            _ => unspecified ?? external ?? @internal,
        };
    }

    private static ResourceRecord? FindDname(DnsZone zone, DnsName name)
    {
        for (var current = name.Parent; current is { } c && c.IsSubdomainOf(zone.Origin); current = c.Parent)
        {
            var dname = zone.Find(c, DnsRecordType.DNAME);
            if (!dname.IsEmpty)
            {
                return dname[0];
            }
        }

        return null;
    }

    /// <summary>RFC 4592: the wildcard at the closest encloser (the nearest existing ancestor) answers for a missing name.</summary>
    private static ImmutableArray<ResourceRecord> FindWildcard(DnsZone zone, DnsName name)
    {
        for (var current = name.Parent; current is { } c && c.IsSubdomainOf(zone.Origin); current = c.Parent)
        {
            if (NameExists(zone, c))
            {
                return c.Prepend("*") is { } wildcard ? zone.Find(wildcard) : [];
            }
        }

        return [];
    }

    /// <summary>Owners and the empty non-terminals above them: names that exist even without records of their own.</summary>
    private static bool NameExists(DnsZone zone, DnsName name) => zone.NameExists(name);

    private static bool LooksLikeMissingTrailingDot(DnsName name, DnsZone? zone)
    {
        if (zone is null || name == zone.Origin || name.ReplaceSuffix(zone.Origin, DnsName.Root) is not { } written)
        {
            return false;
        }

        return MicrosoftSuffixes.Any(suffix => written.IsSubdomainOf(suffix));
    }
}
