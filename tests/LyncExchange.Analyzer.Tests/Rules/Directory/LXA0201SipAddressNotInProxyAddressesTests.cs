using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Directory;

[Trait("Rule", "LXA0201")]
public sealed class LXA0201SipAddressNotInProxyAddressesTests
{
    [Fact]
    public void LyncUserWithMailbox_NoSipProxy_ErrorAtProxyAddressesLine()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.RemoveAll(x => x.Value.StartsWith("SIP:", StringComparison.Ordinal))));

        var finding = Assert.Single(set.Diagnostics("LXA0201"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("users.ldf", finding.Location.Path);
        Assert.Contains("User 'kmyer@contoso.com' has SIP address 'sip:kmyer@contoso.com' but no sip: entry", finding.Message);
        Assert.Equal("Set-Mailbox -Identity 'kmyer@contoso.com' -EmailAddresses @{Add='sip:kmyer@contoso.com'}   # then let dirsync run", finding.Properties["fix"]);
        Assert.Equal("user:" + DirectoryDumps.Dn("kmyer"), finding.LogicalLocation);
    }

    [Fact]
    public void LyncUserWithSipProxyInAnyCase_NoFinding()
    {
        using var set = new DumpSetBuilder().WithUsers(
            DirectoryDumps.User("kmyer"),
            DirectoryDumps.User("pilar", a => a.SetSipProxy("sip:pilar@contoso.com")));

        Assert.Empty(set.Diagnostics("LXA0201"));
    }

    [Fact]
    public void LyncUserWithoutMailbox_NoSipProxy_Info()
    {
        using var set = new DumpSetBuilder().WithUsers(
            DirectoryDumps.User("kmyer"),
            DirectoryDumps.User("pilar", a =>
            {
                a.RemoveAll(x => x.Value.StartsWith("SIP:", StringComparison.Ordinal));
                a.Remove("homeMDB");
                a.Remove("msExchRecipientTypeDetails");
            }));

        var finding = Assert.Single(set.Diagnostics("LXA0201"));

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Contains("'pilar@contoso.com'", finding.Message);
    }

    [Fact]
    public void ExchangeOnlineMailboxFromCmdlets_NoSipProxy_FixUsesSetRemoteMailbox()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-CsUser.txt", DirectoryDumps.CsUser("kmyer"))
            .Add("Get-Mailbox.txt", DirectoryDumps.Mailbox("kmyer", "{SMTP:kmyer@contoso.com, smtp:kmyer@contoso.mail.onmicrosoft.com}", "RemoteUserMailbox"));

        var finding = Assert.Single(set.Diagnostics("LXA0201"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("Get-Mailbox.txt", finding.Location.Path);
        Assert.StartsWith("Set-RemoteMailbox -Identity 'kmyer@contoso.com'", finding.Properties["fix"]);
    }

    [Fact]
    public void TruncatedEmailAddresses_IsInconclusive_NotAbsent()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-CsUser.txt", DirectoryDumps.CsUser("kmyer"))
            .Add("Get-Mailbox.txt", DirectoryDumps.Mailbox("kmyer", "{smtp:a@contoso.com, smtp:b@contoso.com, smtp:c@contoso.com, SMTP:kmyer@contoso.com...}"));

        var diagnostics = set.Diagnostics();

        Assert.DoesNotContain(diagnostics, d => d.Id == "LXA0201");
        Assert.Contains(diagnostics, d => d.Id == "LXA0901" && d.Message.Contains("LXA0201", StringComparison.Ordinal));
    }

    [Fact]
    public void NoDirectoryUsers_ReportsEvidenceMissingWithLdifdeCommand()
    {
        using var set = new DumpSetBuilder().WithOnPremLync();

        var missing = set.Diagnostics("LXA0905").Single(d => d.Message.StartsWith("LXA0201", StringComparison.Ordinal));

        Assert.Contains("ldifde -f users.ldf -d \"<base DN>\" -r \"(&(objectCategory=person)(objectClass=user))\" -l \"objectClass,mail,", missing.Message);
    }
}
