using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Directory;

namespace LyncExchange.Analyzer.Tests.Model.Directory;

public sealed class DirectoryObjectTests
{
    internal static DirectoryObject User(string name, Func<DirectoryObject, DirectoryObject>? with = null)
    {
        DistinguishedName.TryParse($"CN={name},OU=Users,DC=contoso,DC=com", out var dn, out _);
        var user = new DirectoryObject { Source = RecordSource.Empty, DistinguishedName = dn, Kind = DirectoryObjectKind.User };
        return with is null ? user : with(user);
    }

    private static DistinguishedName HomeMdb()
    {
        DistinguishedName.TryParse("CN=DB01,CN=Databases,DC=contoso,DC=com", out var dn, out _);
        return dn;
    }

    private static ProxyAddress Proxy(string text)
    {
        ProxyAddress.TryParse(text, out var proxy, out _);
        return proxy!;
    }

    [Theory]
    [InlineData(1L, null, MailboxLocation.Exchange2013)]
    [InlineData(1L, 44220983382016L, MailboxLocation.ExchangeLegacy)]
    [InlineData(1L, 88218628259840L, MailboxLocation.Exchange2013)]
    [InlineData(4L, null, MailboxLocation.Exchange2013)]
    [InlineData(2147483648L, null, MailboxLocation.ExchangeOnline)]
    [InlineData(34359738368L, null, MailboxLocation.ExchangeOnline)]
    [InlineData(128L, null, MailboxLocation.None)]
    [InlineData(999L, null, MailboxLocation.Unknown)]
    public void MailboxLocation_FromRecipientTypeDetails(long details, long? version, MailboxLocation expected) =>
        Assert.Equal(expected, User("a", u => u with { RecipientTypeDetails = details, ExchangeVersion = version }).MailboxLocation);

    [Fact]
    public void MailboxLocation_WithoutRecipientType_UsesHomeMdbThenTargetAddress()
    {
        Assert.Equal(MailboxLocation.Exchange2013, User("a", u => u with { HomeMdb = HomeMdb() }).MailboxLocation);
        Assert.Equal(MailboxLocation.ExchangeOnline, User("a", u => u with { TargetAddress = Proxy("SMTP:a@contoso.mail.onmicrosoft.com") }).MailboxLocation);
        Assert.Equal(MailboxLocation.None, User("a", u => u with { TargetAddress = Proxy("SMTP:a@fabrikam.com") }).MailboxLocation);
        Assert.Equal(MailboxLocation.None, User("a").MailboxLocation);
    }

    [Fact]
    public void MailboxLocation_RecipientTypeDetailsWinsOverTargetAddress() =>
        Assert.Equal(MailboxLocation.Exchange2013, User("a", u => u with { RecipientTypeDetails = 1, TargetAddress = Proxy("SMTP:a@contoso.mail.onmicrosoft.com") }).MailboxLocation);

    [Theory]
    [InlineData(null, UserHome.NotSet)]
    [InlineData("SRV:", UserHome.OnPremises)]
    [InlineData("srv:", UserHome.OnPremises)]
    [InlineData("sipfed.online.lync.com", UserHome.Online)]
    [InlineData(" SIPFED.online.lync.com ", UserHome.Online)]
    [InlineData("sip.hoster.example", UserHome.Other)]
    public void Home_FromDeploymentLocator(string? locator, UserHome expected) =>
        Assert.Equal(expected, User("a", u => u with { DeploymentLocator = locator }).Home);

    [Fact]
    public void SipProxiesAndPrimarySmtp_FollowRulesDefinitions()
    {
        var user = User("a", u => u with { ProxyAddresses = new ValueList<ProxyAddress>([Proxy("smtp:b@contoso.com"), Proxy("SMTP:a@contoso.com"), Proxy("sip:a@contoso.com"), Proxy("SIP:a2@contoso.com")]) });

        Assert.Equal(["sip:a@contoso.com", "SIP:a2@contoso.com"], user.SipProxies.Select(p => p.Text));
        Assert.Equal("SMTP:a@contoso.com", user.PrimarySmtp!.Text);
    }

    [Fact]
    public void ObjectIdentity_NamesTheKind()
    {
        Assert.Equal("user:CN=a,OU=Users,DC=contoso,DC=com", User("a").ObjectIdentity);
        Assert.Equal("CN=a,OU=Users,DC=contoso,DC=com", User("a", u => u with { Kind = DirectoryObjectKind.Other }).ObjectIdentity);
    }
}
