using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Tests.Rules.Hybrid;

namespace LyncExchange.Analyzer.Tests.Rules.Directory;

[Trait("Rule", "LXA0206")]
public sealed class LXA0206AddressesDisagreeTests
{
    [Fact]
    public void MailDiffersFromPrimarySmtp_WarningInServerOnly()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.Set("mail", "ken.myer@contoso.com")));

        var finding = Assert.Single(set.Diagnostics("LXA0206"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("mail='ken.myer@contoso.com', primary SMTP='kmyer@contoso.com', SIP='sip:kmyer@contoso.com'", finding.Message);
        Assert.Contains("mail differs from the primary SMTP address", finding.Message);
    }

    [Fact]
    public void SipDiffersFromUpn_InfoInLyncServerOnly()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.Set("userPrincipalName", "kmyer@contoso.local")));

        var finding = Assert.Single(set.Diagnostics("LXA0206"));

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Contains("differs from the UPN 'kmyer@contoso.local'", finding.Message);
    }

    [Fact]
    public void SipDiffersFromUpn_WarningInHybrid()
    {
        using var set = new DumpSetBuilder()
            .WithUsers(DirectoryDumps.User("kmyer", a => a.Set("userPrincipalName", "kmyer@contoso.local")))
            .Add("Get-CsHostingProvider.txt", HybridDumps.LyncOnline());

        var finding = Assert.Single(set.Diagnostics("LXA0206"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("Set-MsolUserPrincipalName", finding.Properties["fix"]);
    }

    [Fact]
    public void AlignedAddresses_NoFinding()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer"));

        Assert.Empty(set.Diagnostics("LXA0206"));
    }
}
