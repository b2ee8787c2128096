using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Directory;
using static LyncExchange.Analyzer.Tests.Model.Directory.DirectoryObjectTests;

namespace LyncExchange.Analyzer.Tests.Model.Directory;

public sealed class DirectoryIndexTests
{
    private static SipUri Sip(string text)
    {
        SipUri.TryParse(text, out var sip, out _);
        return sip!;
    }

    private static ValueList<ProxyAddress> Proxies(params string[] texts) =>
        new([.. texts.Select(t => { ProxyAddress.TryParse(t, out var p, out _); return p!; })]);

    [Fact]
    public void Build_IndexesEveryKeyAndFindsDuplicates()
    {
        var ken = User("Ken", u => u with { PrimaryUserAddress = Sip("sip:ken@contoso.com"), Mail = "ken@contoso.com", UserPrincipalName = "ken@contoso.com", ProxyAddresses = Proxies("SMTP:ken@contoso.com", "smtp:KEN@contoso.com", "SIP:ken@contoso.com") });
        var clash = User("Ken2", u => u with { PrimaryUserAddress = Sip("sip:ken@CONTOSO.com"), Mail = "Ken@Contoso.com", ProxyAddresses = Proxies("smtp:ken@contoso.com") });
        var other = User("Pilar", u => u with { PrimaryUserAddress = Sip("sip:Pilar@contoso.com"), UserPrincipalName = "pilar@contoso.com" });

        var index = DirectoryIndex.Build([ken, clash, other]);

        Assert.Equal([ken, clash], index.BySip.Find(Sip("sip:ken@contoso.com")));
        Assert.Empty(index.BySip.Find(Sip("sip:pilar@contoso.com")));
        Assert.Same(other, index.ByUserPrincipalName.FindSingle("PILAR@contoso.com"));
        Assert.Single(index.BySip.DuplicateKeys);
        Assert.Single(index.ByMail.DuplicateKeys);
        Assert.Equal([ken, clash], Assert.Single(index.ByProxyAddress.Duplicates).Objects);
        Assert.Same(ken, index.ByDistinguishedName.FindSingle(ken.DistinguishedName));
        Assert.Equal([ken, clash], index.FindBySipAnywhere(Sip("sip:ken@contoso.com")));
    }

    [Fact]
    public void For_Deployment_BuildsOnceAndShares()
    {
        var deployment = new DeploymentModel([User("a"), User("b")], []);

        var first = DirectoryIndex.For(deployment);

        Assert.Same(first, DirectoryIndex.For(deployment));
        Assert.Equal(2, first.ByDistinguishedName.Count);
    }

    [Fact]
    public void Build_ManyUsers_DuplicatesFoundInOnePass()
    {
        var users = Enumerable.Range(0, 20_000).Select(i => User($"u{i}", u => u with { Mail = $"u{i % 10_000}@contoso.com" })).ToList();

        var index = DirectoryIndex.Build(users);

        Assert.Equal(10_000, index.ByMail.Count);
        Assert.Equal(10_000, index.ByMail.DuplicateKeys.Count);
    }
}
