using CsCheck;
using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Tests.Model.Dns;

/// <summary>
/// The zone's existence index (owners plus the ancestors above them, kept as suffixes) answers exactly what the
/// definitions say: a name exists when it is inside the zone and owns records or has an owner below it.
/// </summary>
public sealed class DnsZoneExistenceTests
{
    private static readonly DnsName Origin = DnsName.FromHost("contoso.com");

    // Few distinct labels, so owners share ancestors; escaped dots and backslashes test the label-aware walk.
    private static readonly Gen<string> Label = Gen.OneOf(
        Gen.Const("a"), Gen.Const("b"), Gen.Const("_tcp"), Gen.Const("_sip"), Gen.Const("*"), Gen.Const("a\\.b"), Gen.Const("x\\\\"), Gen.Const("contoso"));

    private static readonly Gen<string> RelativeName = Label.Array[1, 4].Select(labels => string.Join('.', labels));

    private static readonly Gen<DnsName> Name = Gen.Frequency(
        (6, RelativeName.Select(text => Parse(text, Origin))),
        (1, RelativeName.Select(text => Parse(text + ".com.", null))),
        (1, RelativeName.Select(text => Parse(text + ".example.", null))),
        (1, Gen.OneOf(Gen.Const(Origin), Gen.Const(DnsName.Root), Gen.Const(DnsName.FromHost("com")))));

    [Fact]
    public void NameExistsAndHasNamesBelow_AnyOwnersAndQuestions_AgreeWithTheDefinitions() =>
        Gen.Select(Name.Array[0, 12], Name.Array[1, 8]).Sample((owners, questions) =>
        {
            var zone = new DnsZone(Origin, "contoso.com.dns", owners.Select(Record));
            foreach (var name in questions.Concat(owners))
            {
                var below = owners.Any(owner => owner != name && owner.IsSubdomainOf(name));
                Assert.Equal(below, zone.HasNamesBelow(name));
                Assert.Equal(name.IsSubdomainOf(Origin) && (below || owners.Contains(name)), zone.NameExists(name));
            }
        }, iter: 5000);

    [Fact]
    public void Find_OwnerWithRecordsSpreadOverTheFile_ReturnsThemInFileOrder()
    {
        var a = DnsName.FromHost("a.contoso.com");
        var b = DnsName.FromHost("b.contoso.com");
        var records = new[] { Record(a) with { Ttl = 1 }, Record(b), Record(a) with { Ttl = 2, Type = DnsRecordType.NS }, Record(a) with { Ttl = 3 } };
        var zone = new DnsZone(Origin, "contoso.com.dns", records);

        Assert.Equal([1, 2, 3], zone.Find(a).Select(r => r.Ttl));
        Assert.Equal([1, 3], zone.Find(a, DnsRecordType.A).Select(r => r.Ttl));
        Assert.Empty(zone.Find(DnsName.FromHost("c.contoso.com")));
        Assert.Empty(zone.Find(b, DnsRecordType.NS));
    }

    private static DnsName Parse(string text, DnsName? origin) =>
        DnsName.TryParse(text, origin, out var name, out var error) ? name : throw new InvalidOperationException(error);

    private static ResourceRecord Record(DnsName owner) => new()
    {
        Owner = owner,
        Ttl = 300,
        Type = DnsRecordType.A,
        Data = new AddressData(System.Net.IPAddress.Loopback),
        ZoneOrigin = Origin,
        ZoneFile = "contoso.com.dns",
    };
}
