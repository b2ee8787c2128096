using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Directory;

[Trait("Rule", "LXA0209")]
public sealed class LXA0209UnifiedContactStoreMailboxCannotHostItTests
{
    private static string Policy(string identity, string ucsAllowed) => FormatListText.Object(("Identity", identity), ("UcsAllowed", ucsAllowed));

    private static DumpSetBuilder Set(string recipientTypeDetails, string globalUcs = "True") => new DumpSetBuilder().WithOnPremLync()
        .Add("Get-CsUser.txt", DirectoryDumps.CsUser("kmyer"))
        .Add("Get-Mailbox.txt", DirectoryDumps.Mailbox("kmyer", "{SMTP:kmyer@contoso.com, SIP:kmyer@contoso.com}", recipientTypeDetails))
        .Add("Get-CsUserServicesPolicy.txt", Policy("Global", globalUcs));

    [Fact]
    public void OnPremUserWithExchangeOnlineMailbox_UcsAllowed_Error()
    {
        using var set = Set("RemoteUserMailbox");

        var finding = Assert.Single(set.Diagnostics("LXA0209"), d => d.Severity == DiagnosticSeverity.Error);

        Assert.Contains("User 'kmyer@contoso.com' is allowed to use the Unified Contact Store but the mailbox is in Exchange Online", finding.Message);
        Assert.Contains("Grant-CsUserServicesPolicy 'kmyer@contoso.com' -PolicyName NoUnifiedContactStore", finding.Properties["fix"]);
        Assert.Contains("Invoke-CsUcsRollback -Identity 'kmyer@contoso.com'", finding.Properties["fix"]);
    }

    [Fact]
    public void UserWithoutMailbox_UcsAllowed_Error()
    {
        using var set = Set("MailUser");

        Assert.Contains("missing", Assert.Single(set.Diagnostics("LXA0209")).Message);
    }

    [Fact]
    public void Exchange2013Mailbox_UcsAllowed_OnlyTheClientNoteInfo()
    {
        using var set = Set("UserMailbox");

        var note = Assert.Single(set.Diagnostics("LXA0209"));

        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
        Assert.Contains("Lync 2010 or Lync for Mac 2011", note.Message);
    }

    [Fact]
    public void UcsNotAllowed_NoFinding()
    {
        using var set = Set("RemoteUserMailbox", globalUcs: "False");

        Assert.Empty(set.Diagnostics("LXA0209"));
    }
}
