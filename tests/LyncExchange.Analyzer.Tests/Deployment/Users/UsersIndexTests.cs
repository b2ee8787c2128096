using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Tests.Rules.Directory;

namespace LyncExchange.Analyzer.Tests.Deployment.Users;

public sealed class UsersIndexTests
{
    [Fact]
    public void LdifCsUserAndMailbox_MergeIntoOnePersonByDn()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer"))
            .Add("Get-CsUser.txt", DirectoryDumps.CsUser("kmyer"))
            .Add("Get-Mailbox.txt", DirectoryDumps.Mailbox("kmyer", "{SMTP:kmyer@contoso.com, SIP:kmyer@contoso.com}"));

        var user = Assert.Single(UsersIndex.Of(set.Analyze().Deployment).Users);

        Assert.NotNull(user.Directory);
        Assert.NotNull(user.LyncUser);
        Assert.NotNull(user.Mailbox);
        Assert.Equal(UserSource.Directory, user.SipUri.Effective!.Source);
        Assert.Equal(2, user.SipUri.Values.Length);
        Assert.Equal(MailboxLocation.Exchange2013, user.EffectiveMailboxLocation);
        Assert.Equal(UserSource.Mailbox, user.MailboxLocation.Effective!.Source);
        Assert.Equal(UserHome.OnPremises, user.Home);
        Assert.Empty(user.Conflicts);
    }

    [Fact]
    public void CsUserWithoutDn_MergesBySipThenUpn()
    {
        var bySip = FormatListText.Object(("Identity", "kmyer"), ("SipAddress", "sip:kmyer@CONTOSO.com"), ("Enabled", "True"), ("HostingProvider", "SRV:"));
        var byUpn = FormatListText.Object(("Identity", "pilar"), ("SipAddress", "sip:pilar.a@contoso.com"), ("Enabled", "True"), ("UserPrincipalName", "PILAR@contoso.com"));
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer"), DirectoryDumps.User("pilar")).Add("Get-CsUser.txt", FormatListText.Objects(bySip, byUpn));

        var users = UsersIndex.Of(set.Analyze().Deployment).Users;

        Assert.Equal(2, users.Length);
        Assert.All(users, u => Assert.NotNull(u.LyncUser));
        Assert.Single(users.Single(u => u.Name == "pilar@contoso.com").Conflicts, c => c.Value == "SIP address");
    }

    [Fact]
    public void SourcesDisagree_BothValuesKept_Lxa0906AtBothLocations()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer"))
            .Add("Get-CsUser.txt", DirectoryDumps.CsUser("kmyer", windowsEmail: "ken.myer@contoso.com"));

        var result = set.Analyze();
        var user = Assert.Single(UsersIndex.Of(result.Deployment).Users);
        var conflicts = result.Diagnostics.Where(d => d.Id == "LXA0906" && d.Message.Contains("mail", StringComparison.Ordinal)).ToList();

        Assert.Equal("kmyer@contoso.com", user.Mail.Effective!.Value);
        Assert.Equal("ken.myer@contoso.com", user.Mail.Conflicting!.Value);
        Assert.Equal(2, conflicts.Count);
        Assert.All(conflicts, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(conflicts, d => d.Location.Path == "users.ldf");
        Assert.Contains(conflicts, d => d.Location.Path == "Get-CsUser.txt");
        Assert.All(conflicts, d => Assert.Single(d.RelatedLocations));
    }

    [Fact]
    public void TruncatedEmailAddresses_MarkedInconclusive()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-CsUser.txt", DirectoryDumps.CsUser("kmyer"))
            .Add("Get-Mailbox.txt", DirectoryDumps.Mailbox("kmyer", "{smtp:a@contoso.com, smtp:b@contoso.com, smtp:c@contoso.com, SMTP:kmyer@contoso.com...}"));

        var user = Assert.Single(UsersIndex.Of(set.Analyze().Deployment).Users);

        Assert.True(user.ProxyAddressesInconclusive);
    }

    [Fact]
    public void Indexes_FindByEveryKey_AndListDuplicates()
    {
        using var set = new DumpSetBuilder().WithUsers(
            DirectoryDumps.User("kmyer"),
            DirectoryDumps.User("pilar", a => a.Set("mail", "kmyer@contoso.com")));

        var index = UsersIndex.Of(set.Analyze().Deployment);
        SipUri.TryParse("sip:kmyer@CONTOSO.COM", out var sip, out _);
        ProxyAddress.TryParse("smtp:PILAR@contoso.com", out var proxy, out _);
        SipUri.TryParse("sip:KMYER@contoso.com", out var otherUser, out _);

        Assert.Single(index.BySip.Find(sip!));
        Assert.Empty(index.BySip.Find(otherUser!));
        Assert.Equal("pilar@contoso.com", index.ByProxyAddress.FindSingle(proxy!)!.Name);
        Assert.Equal(["kmyer@contoso.com"], index.ByMail.DuplicateKeys);
        Assert.NotNull(index.ByUserPrincipalName.FindSingle("KMYER@contoso.com"));
        Assert.Equal(2, index.ByDistinguishedName.Count);
    }
}
