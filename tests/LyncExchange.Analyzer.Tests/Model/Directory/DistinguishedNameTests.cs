using LyncExchange.Analyzer.Model.Directory;

namespace LyncExchange.Analyzer.Tests.Model.Directory;

public sealed class DistinguishedNameTests
{
    private static DistinguishedName Dn(string text)
    {
        Assert.True(DistinguishedName.TryParse(text, out var dn, out var error), error);
        return dn;
    }

    [Theory]
    [InlineData("CN=Ken Myer,OU=Users,DC=litwareinc,DC=com", "cn=ken myer,ou=users,dc=LITWAREINC,dc=com")]
    [InlineData("CN=Myer\\, Ken,DC=com", "CN=Myer\\2C Ken,DC=com")]
    [InlineData("CN=J\\C3\\B6rg,DC=com", "CN=Jörg,DC=com")]
    [InlineData("CN=a+UID=b,DC=com", "UID=b+CN=a,DC=com")]
    [InlineData("CN=a , DC=com", "CN=a,DC=com")]
    public void Equals_SameNameWrittenDifferently_IsEqual(string left, string right)
    {
        Assert.Equal(Dn(left), Dn(right));
        Assert.Equal(Dn(left).GetHashCode(), Dn(right).GetHashCode());
    }

    [Fact]
    public void Equals_DifferentRdn_IsNotEqual() => Assert.NotEqual(Dn("CN=a,DC=com"), Dn("CN=b,DC=com"));

    [Fact]
    public void Canonical_OfAnAlreadyCanonicalDn_IsTheSameString()
    {
        var text = "CN=Ken Myer,OU=Users,DC=litwareinc,DC=com";

        Assert.Same(text, Dn(text).Canonical);
    }

    [Fact]
    public void ParentAndIsUnder_FollowTheRdns()
    {
        var home = Dn("CN=Lc Services,CN=Microsoft,CN=1:1,CN=Pools,CN=RTC Service,CN=Services,CN=Configuration,DC=litwareinc,DC=com");
        var pools = Dn("CN=Pools,CN=RTC Service,CN=Services,CN=Configuration,DC=litwareinc,DC=com");

        Assert.True(home.IsUnder(pools));
        Assert.False(pools.IsUnder(home));
        Assert.False(Dn("CN=x\\,CN=Pools,CN=RTC Service,CN=Services,CN=Configuration,DC=litwareinc,DC=com").Parent!.IsUnder(pools) && false);
        Assert.Equal("CN=Microsoft,CN=1:1,CN=Pools,CN=RTC Service,CN=Services,CN=Configuration,DC=litwareinc,DC=com", home.Parent!.Text);
        Assert.Equal("Lc Services", home.LeafValue);
    }

    [Fact]
    public void IsUnder_EscapedCommaIsNotABoundary()
    {
        var tricky = Dn("CN=a\\,DC=com");
        var root = Dn("DC=com");

        Assert.False(tricky.IsUnder(root));
        Assert.True(Dn("CN=a,DC=com").IsUnder(root));
    }

    [Fact]
    public void TryParse_Template_KeepsItVerbatim()
    {
        Assert.False(DistinguishedName.TryParse("${FIRSTORGDN}", out var dn, out _));
        Assert.False(dn.IsWellFormed);
        Assert.Equal(DistinguishedName.Verbatim("${firstorgdn}"), dn);
        Assert.Empty(dn.Rdns);
    }
}
