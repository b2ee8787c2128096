using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Directory;

[Trait("Rule", "LXA0210")]
public sealed class LXA0210ContactPhotoSourceProblemsTests
{
    [Fact]
    public void OnlineUserWithOnPremMailboxAndNoPhoto_Warning()
    {
        using var set = new DumpSetBuilder().WithUsers(
            DirectoryDumps.User("kmyer"),
            DirectoryDumps.User("pilar", a =>
            {
                a.Set("msRTCSIP-DeploymentLocator", "sipfed.online.lync.com");
                a.Remove("thumbnailPhoto:");
            }));

        var finding = Assert.Single(set.Diagnostics("LXA0210"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("User 'pilar@contoso.com': is homed in Lync Online but the mailbox is on Exchange 2013 on-premises", finding.Message);
        Assert.Contains("no photo at all", finding.Message);
    }

    [Fact]
    public void OnlineUserWithOnPremMailboxAndPhoto_Info()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("pilar", a => a.Set("msRTCSIP-DeploymentLocator", "sipfed.online.lync.com")));

        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(set.Diagnostics("LXA0210")).Severity);
    }

    [Fact]
    public void LegacyMailbox_NoHighResolutionPhotos_Info()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.Set("msExchVersion", "44220983382016")));

        var finding = Assert.Single(set.Diagnostics("LXA0210"));

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Contains("no high-resolution photo", finding.Message);
    }

    [Fact]
    public void PhotoOver100KB_Info()
    {
        var large = Convert.ToBase64String(new byte[110 * 1024]);
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.Set("thumbnailPhoto:", large)));

        Assert.Contains("thumbnailPhoto is 110 KB", Assert.Single(set.Diagnostics("LXA0210")).Message);
    }

    [Fact]
    public void OnPremUserWithExchange2013MailboxAndSmallPhoto_NoFinding()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer"));

        Assert.Empty(set.Diagnostics("LXA0210"));
    }
}
