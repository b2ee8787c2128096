using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Model.Dns;
using LyncExchange.Analyzer.Tests.Formats.DnsZone;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Model.Dns;

/// <summary>The resolver over fixtures/dns/split-brain: an internal and an external copy of fabrikam.com plus a hosting zone.</summary>
public sealed class DnsZoneSetTests
{
    private static readonly Lazy<DnsZoneSet> SplitBrain = new(() =>
    {
        var result = AnalysisEngine.Run(new AnalysisOptions { Paths = [Repository.Fixture("dns", "split-brain")] });
        // Only the scenario statement and the DNS rules' "not evaluated" (no Lync data here) may appear; the zones themselves must read cleanly.
        Assert.Empty(result.Diagnostics.Where(d => d.Id is not ("LXA0906" or "LXA0905")));
        return result.Deployment.GetIndex(d => DnsZoneSet.Build(d.All<ResourceRecord>()));
    });

    private static DnsZoneSet Zones => SplitBrain.Value;

    private static DnsName N(string host) => DnsName.FromHost(host);

    [Fact]
    public void Build_SplitBrainCopies_StaySeparateWithoutConflict()
    {
        var copies = Zones.ZonesNamed(N("fabrikam.com"));

        Assert.Equal([DnsZoneView.External, DnsZoneView.Internal], copies.Select(z => z.View));
        Assert.Equal(["external/fabrikam.com.zone", "internal/fabrikam.com.dns"], copies.Select(z => z.SourceFile));
        Assert.Empty(Zones.Conflicts);
        Assert.Equal(3, Zones.Zones.Length);
    }

    [Fact]
    public void Lookup_SameName_AnswersPerView()
    {
        var external = Zones.Lookup(N("sip.fabrikam.com"), DnsRecordType.A, DnsZoneView.External);
        var @internal = Zones.Lookup(N("sip.fabrikam.com"), DnsRecordType.A, DnsZoneView.Internal);

        Assert.Equal(["131.107.2.20"], external.Answers.Select(r => r.Data.ToPresentation()));
        Assert.Equal(["10.2.1.10", "10.2.1.11"], @internal.Answers.Select(r => r.Data.ToPresentation()));
        Assert.Equal(N("pool01.fabrikam.com"), @internal.FinalName);
        Assert.Equal("internal/fabrikam.com.dns", Assert.Single(@internal.Chain).ZoneFile);
    }

    [Fact]
    public void Lookup_CnameChainAcrossZones_IsFollowedUntilItLeavesThem()
    {
        var lookup = Zones.Lookup(N("lyncdiscover.fabrikam.com"), DnsRecordType.A, DnsZoneView.External);

        Assert.Equal(DnsLookupStatus.OutsideSuppliedZones, lookup.Status);
        Assert.Equal(["lyncdiscover.fabrikam.com.", "lyncweb.fabrikam-hosting.net."], lookup.Chain.Select(r => r.Owner.Value));
        Assert.Equal(N("webdir.online.lync.com"), lookup.FinalName);
    }

    [Fact]
    public void Lookup_CnameLoop_IsDetected()
    {
        var lookup = Zones.Lookup(N("loop1.fabrikam.com"), DnsRecordType.A, DnsZoneView.External);

        Assert.Equal(DnsLookupStatus.CnameLoop, lookup.Status);
        Assert.Equal(2, lookup.Chain.Length);
    }

    [Theory]
    [InlineData("nothere.fabrikam.com", DnsRecordType.A, DnsLookupStatus.NameNotFound)]
    [InlineData("mail.fabrikam.com", DnsRecordType.AAAA, DnsLookupStatus.NoData)]
    [InlineData("legacy.fabrikam.com", DnsRecordType.A, DnsLookupStatus.NoData)]
    [InlineData("x.apps.fabrikam.com", DnsRecordType.A, DnsLookupStatus.Found)]
    [InlineData("www.contoso.com", DnsRecordType.A, DnsLookupStatus.OutsideSuppliedZones)]
    [InlineData("autodiscover.fabrikam.com", DnsRecordType.CNAME, DnsLookupStatus.Found)]
    public void Lookup_Status(string name, DnsRecordType type, DnsLookupStatus expected) =>
        Assert.Equal(expected, Zones.Lookup(N(name), type, DnsZoneView.External).Status);

    [Fact]
    public void ExternalLyncRecords_ClassifiesEachRecord()
    {
        var set = Zones.ExternalLyncRecords("fabrikam.com");

        Assert.Equal("external/fabrikam.com.zone", set.Zone!.SourceFile);
        Assert.Equal(DnsTargetEnvironment.OnPrem, set[LyncDnsRecordKind.SipTls].Environment);
        Assert.Equal(DnsTargetEnvironment.Online, set[LyncDnsRecordKind.SipFederationTls].Environment);
        Assert.Equal(DnsTargetEnvironment.OnPrem, set[LyncDnsRecordKind.Sip].Environment);
        var discover = Assert.Single(set[LyncDnsRecordKind.LyncDiscover].Records);
        Assert.Equal(DnsTargetEnvironment.Online, discover.Environment);
        Assert.Equal(N("webdir.online.lync.com"), discover.Classification.DecidingName);
    }

    [Fact]
    public void InternalLyncRecords_ComeFromTheInternalCopy()
    {
        var set = Zones.InternalLyncRecords("fabrikam.com");

        Assert.Equal("internal/fabrikam.com.dns", set.Zone!.SourceFile);
        Assert.All(set.Entries, e => Assert.Equal(DnsTargetEnvironment.OnPrem, e.Environment));
        Assert.Equal(N("pool01.fabrikam.com"), set[LyncDnsRecordKind.SipInternalTls].Records[0].Classification.DecidingName);
    }

    [Fact]
    public void ExchangeAutodiscoverRecords_PerView()
    {
        var external = Zones.ExchangeAutodiscoverRecords("fabrikam.com");
        var @internal = Zones.ExchangeAutodiscoverRecords("fabrikam.com", DnsZoneView.Internal);

        Assert.Equal(DnsTargetEnvironment.Online, external[LyncDnsRecordKind.Autodiscover].Environment);
        Assert.Equal(DnsTargetEnvironment.OnPrem, external[LyncDnsRecordKind.AutodiscoverSrv].Environment);
        Assert.Equal(DnsTargetEnvironment.OnPrem, @internal[LyncDnsRecordKind.Autodiscover].Environment);
        Assert.False(@internal[LyncDnsRecordKind.AutodiscoverSrv].IsPresent);
    }

    [Fact]
    public void RecordSet_ForADomainWithoutAZone_HasNoZoneAndNoRecords()
    {
        var set = Zones.ExternalLyncRecords("contoso.com");

        Assert.Null(set.Zone);
        Assert.All(set.Entries, e => Assert.Equal(DnsLookupStatus.OutsideSuppliedZones, e.Lookup.Status));
        Assert.Empty(set.PresentRecords);
    }

    [Theory]
    [InlineData("meet.fabrikam.com", DnsTargetEnvironment.Unknown, false)]
    [InlineData("dialin.fabrikam.com", DnsTargetEnvironment.Unknown, false)]
    [InlineData("loop1.fabrikam.com", DnsTargetEnvironment.Unknown, false)]
    [InlineData("lyncdiscover.legacy.fabrikam.com", DnsTargetEnvironment.Unknown, true)]
    [InlineData("mail.fabrikam.com", DnsTargetEnvironment.OnPrem, false)]
    public void ClassifyTarget_DanglingLeavingLoopingAndMissingDot(string name, DnsTargetEnvironment expected, bool missingDot)
    {
        var classification = Zones.ClassifyTarget(N(name), DnsZoneView.External);

        Assert.Equal(expected, classification.Environment);
        Assert.Equal(missingDot, classification.SuspectedMissingTrailingDot);
    }

    [Theory]
    [InlineData("sipdir.online.lync.com", true)]
    [InlineData("webdir0a.online.lync.com", true)]
    [InlineData("sipfed.resources.lync.com", true)]
    [InlineData("autodiscover.outlook.com", true)]
    [InlineData("online.lync.com", false)]
    [InlineData("notonline.lync.com", false)]
    [InlineData("sip.fabrikam.com", false)]
    [InlineData("outlook.com.fabrikam.com", false)]
    public void IsOnlineName(string name, bool expected) => Assert.Equal(expected, DnsZoneSet.IsOnlineName(N(name)));

    [Fact]
    public void Build_SameZoneTwiceForTheSameView_IsAConflictNotAMerge()
    {
        var (first, _) = ZoneReading.FromText("$ORIGIN c.test.\n$TTL 1\nsip A 192.0.2.1\n", "dns/a/c.test.zone");
        var (second, _) = ZoneReading.FromText("$ORIGIN c.test.\n$TTL 1\nsip A 192.0.2.2\n", "dns/b/c.test.zone");
        var zones = DnsZoneSet.Build(first.Concat(second));

        var conflict = Assert.Single(zones.Conflicts);
        Assert.Equal(DnsZoneView.Unspecified, conflict.View);
        Assert.Equal(2, conflict.Zones.Length);
        Assert.Equal(["192.0.2.1"], zones.Lookup(N("sip.c.test"), DnsRecordType.A).Answers.Select(r => r.Data.ToPresentation()));
    }

    [Fact]
    public void Build_ZonesWhoseRecordsInterleave_EachZoneKeepsItsRecordsInInputOrder()
    {
        var (a, _) = ZoneReading.FromText("$ORIGIN a.test.\n$TTL 1\nx A 192.0.2.1\ny A 192.0.2.2\nz A 192.0.2.3\n", "a.test.zone");
        var (b, _) = ZoneReading.FromText("$ORIGIN b.test.\n$TTL 1\nx A 198.51.100.1\ny A 198.51.100.2\n", "b.test.zone");
        var (empty, _) = ZoneReading.FromText("$ORIGIN c.test.\n", "c.test.zone");
        var zones = DnsZoneSet.Build([a[0], b[0], a[1], .. empty, b[1], a[2]]);

        Assert.Equal(["a.test.", "b.test."], zones.Zones.Select(z => z.Origin.Value));
        Assert.Equal([a[0], a[1], a[2]], zones.Zones[0].Records.ToArray());
        Assert.Equal([b[0], b[1]], zones.Zones[1].Records.ToArray());
        Assert.Empty(DnsZoneSet.Build([]).Zones);
    }

    [Fact]
    public void Lookup_DnameAndDelegation()
    {
        var (records, _) = ZoneReading.FromText(
            "$ORIGIN c.test.\n$TTL 1\nold DNAME new\nhost.new A 192.0.2.7\nsub NS ns.elsewhere.example.\n", "c.test.zone");
        var zones = DnsZoneSet.Build(records);

        var viaDname = zones.Lookup(N("host.old.c.test"), DnsRecordType.A);
        Assert.Equal(DnsLookupStatus.Found, viaDname.Status);
        Assert.Equal(N("host.new.c.test"), viaDname.FinalName);
        Assert.Equal(DnsLookupStatus.OutsideSuppliedZones, zones.Lookup(N("www.sub.c.test"), DnsRecordType.A).Status);
    }

    [Theory]
    [InlineData("dns/internal/contoso.com.dns", DnsZoneView.Internal)]
    [InlineData("dns/External/contoso.com.zone", DnsZoneView.External)]
    [InlineData("contoso.com.internal.dns", DnsZoneView.Internal)]
    [InlineData("internal/contoso.com-external.zone", DnsZoneView.External)]
    [InlineData("dump.zip!/zones/contoso.com.dns", DnsZoneView.Unspecified)]
    public void FromPath_NamesTheView(string path, DnsZoneView expected) => Assert.Equal(expected, DnsZoneViews.FromPath(path));
}
