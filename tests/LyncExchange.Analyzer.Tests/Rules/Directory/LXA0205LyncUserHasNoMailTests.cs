using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Directory;

[Trait("Rule", "LXA0205")]
public sealed class LXA0205LyncUserHasNoMailTests
{
    [Fact]
    public void LyncUserWithMailbox_NoMail_ErrorWithSetADUserFix()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer"), DirectoryDumps.User("pilar", a => a.Remove("mail")));

        var finding = Assert.Single(set.Diagnostics("LXA0205"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Contains("Lync user 'pilar@contoso.com' has no mail attribute", finding.Message);
        Assert.StartsWith("Set-ADUser 'pilar' -EmailAddress 'pilar@contoso.com'", finding.Properties["fix"]);
    }

    [Fact]
    public void LyncUserWithoutMailbox_NoMail_Warning()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer"), DirectoryDumps.User("pilar", a =>
        {
            a.Remove("mail");
            a.Remove("homeMDB");
            a.Remove("msExchRecipientTypeDetails");
        }));

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(set.Diagnostics("LXA0205")).Severity);
    }

    [Fact]
    public void ExportWithoutMailAttributeAtAll_IsNotJudged()
    {
        // The ldifde attribute list left 'mail' out: absence says nothing.
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.Remove("mail")));

        Assert.Empty(set.Diagnostics("LXA0205"));
    }

    [Fact]
    public void CsUserWithEmptyWindowsEmailAddress_Error()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-CsUser.txt", DirectoryDumps.CsUser("kmyer", windowsEmail: string.Empty))
            .Add("Get-Mailbox.txt", DirectoryDumps.Mailbox("kmyer", "{SMTP:kmyer@contoso.com, SIP:kmyer@contoso.com}"));

        var finding = Assert.Single(set.Diagnostics("LXA0205"));

        Assert.Equal("Get-CsUser.txt", finding.Location.Path);
    }

    [Fact]
    public void LyncUsersWithMail_NoFinding()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer"), DirectoryDumps.User("pilar"));

        Assert.Empty(set.Diagnostics("LXA0205"));
    }
}
