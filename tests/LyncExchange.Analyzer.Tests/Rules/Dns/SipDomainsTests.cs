using LyncExchange.Analyzer.Deployment.Domains;
using LyncExchange.Analyzer.Model.Dns;
using LyncExchange.Analyzer.Rules.Dns;
using LyncExchange.Analyzer.Tests.Infrastructure;
using static LyncExchange.Analyzer.Tests.Rules.Dns.DnsDumps;

namespace LyncExchange.Analyzer.Tests.Rules.Dns;

/// <summary>RULES.md §B.0 SIP domains and the Lync users' mail domains, from Get-CsSipDomain, Get-CsUser, Get-Mailbox and LDIF.</summary>
public sealed class SipDomainsTests
{
    private static string Ldif(string sip, string enabled = "TRUE", string recipientType = "1", string? mail = null) =>
        $"dn: CN={sip},OU=Users,DC=contoso,DC=com\nchangetype: add\nobjectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\nobjectClass: user\n"
        + $"userPrincipalName: {sip}\nmail: {mail ?? sip}\nmsRTCSIP-PrimaryUserAddress: sip:{sip}\nmsRTCSIP-UserEnabled: {enabled}\nmsExchRecipientTypeDetails: {recipientType}\n\n";

    [Fact]
    public void Of_DeclaredAndUsedDomains_AreUnitedWithTheirLocations()
    {
        using var set = new DumpSetBuilder().LyncServer("contoso.com")
            .Add("Get-CsUser.txt", FormatListText.Objects(User("alice@contoso.com"), User("bob@Fabrikam.COM"), User("carol@contoso.com", enabled: "False")));

        var domains = SipDomains.Of(set.Analyze().Deployment).Domains;

        Assert.Equal(["contoso.com", "fabrikam.com"], domains.Select(d => d.Display));
        Assert.True(domains[0].Declared);
        Assert.Equal("Get-CsSipDomain.txt", domains[0].Location.Path);
        Assert.Equal(1, domains[0].LyncEnabledUsers);
        Assert.False(domains[1].Declared);
        Assert.Equal("Get-CsUser.txt", domains[1].Location.Path);
    }

    [Fact]
    public void Of_LdifUsers_AddDomainsAndMailDomainsAndCountOnceWithGetCsUser()
    {
        using var set = new DumpSetBuilder().LyncServer("contoso.com")
            .Add("users.ldf", Ldif("alice@contoso.com") + Ldif("dana@litwareinc.com", recipientType: "2147483648") + Ldif("erin@litwareinc.com", enabled: "FALSE"));

        var sipDomains = SipDomains.Of(set.Analyze().Deployment);

        Assert.Equal(["contoso.com", "litwareinc.com"], sipDomains.Domains.Select(d => d.Display));
        Assert.Equal(1, sipDomains.Domains[0].LyncEnabledUsers);
        Assert.Equal(1, sipDomains.Domains[1].LyncEnabledUsers);
        Assert.Equal("users.ldf", sipDomains.Domains[1].Location.Path);
        var litware = Assert.Single(sipDomains.MailDomains, m => m.Display == "litwareinc.com");
        Assert.True(litware.ExchangeOnline);
    }

    [Fact]
    public void Lxa0104_LdifUserWithoutGetCsUser_JudgesTheDomain()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("users.ldf", Ldif("alice@contoso.com"))
            .Add("contoso.com.zone", Zone("contoso.com", OnPremRecords[0], OnPremRecords[2], OnPremRecords[3], OnPremRecords[4]));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0104"));

        Assert.Contains("_sipfederationtls._tcp.contoso.com", diagnostic.Message);
        Assert.Contains(diagnostic.RelatedLocations, r => r.Location.Path == "users.ldf");
    }

    [Theory]
    [InlineData("sip:alice@contoso.com", "contoso.com")]
    [InlineData("SMTP:Alice@Contoso.COM", "contoso.com")]
    [InlineData("alice@sub.contoso.com ", "sub.contoso.com")]
    [InlineData("alice", null)]
    [InlineData("alice@", null)]
    [InlineData("alice@bad..name", null)]
    public void DomainOf_Address(string address, string? expected) =>
        Assert.Equal(expected, SipDomains.DomainOf(address) is DnsName name ? name.Display : null);
}
