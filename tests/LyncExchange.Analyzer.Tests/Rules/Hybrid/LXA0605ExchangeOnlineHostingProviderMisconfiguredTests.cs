using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Tests.Rules.OAuth;

namespace LyncExchange.Analyzer.Tests.Rules.Hybrid;

[Trait("Rule", "LXA0605")]
public sealed class LXA0605ExchangeOnlineHostingProviderMisconfiguredTests
{
    private static DumpSetBuilder OnPremUserWithExchangeOnlineMailbox() => new DumpSetBuilder().WithOnPremLync()
        .Add("Get-CsUser.txt", OAuthDumps.LyncUser("kmyer@contoso.com", "SRV:", "kmyer@contoso.com"))
        .Add("Get-RemoteMailbox.txt", OAuthDumps.Mailbox("kmyer@contoso.com", "RemoteUserMailbox"));

    [Fact]
    public void Analyze_ProviderMissing_IsError()
    {
        using var set = OnPremUserWithExchangeOnlineMailbox().Add("Get-CsHostingProvider.txt", HybridDumps.Provider("Fabrikam", "sip.fabrikam.com"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0605"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("Hosting provider for Exchange Online (exap.um.outlook.com) is missing;", diagnostic.Message);
        Assert.StartsWith("New-CsHostingProvider -Identity \"Exchange Online\" -Enabled $True -EnabledSharedAddressSpace $True -HostsOCSUsers $False", diagnostic.Properties["fix"]);
        Assert.Contains(diagnostic.RelatedLocations, r => r.Location.Path == "Get-RemoteMailbox.txt");
    }

    [Fact]
    public void Analyze_HostsOcsUsersTrue_IsErrorAtTheValue()
    {
        using var set = OnPremUserWithExchangeOnlineMailbox().Add("Get-CsHostingProvider.txt", HybridDumps.ExchangeOnline(hosts: "True", shared: "False"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0605"));

        Assert.Equal((DiagnosticSeverity.Error, 8), (diagnostic.Severity, diagnostic.Location.Line));
        Assert.Contains("has HostsOCSUsers=True (expected False)", diagnostic.Message);
    }

    [Fact]
    public void Analyze_SharedAddressSpaceTrueOnLyncServerOnly_IsOnlyInfo()
    {
        using var set = OnPremUserWithExchangeOnlineMailbox().Add("Get-CsHostingProvider.txt", HybridDumps.ExchangeOnline(shared: "True"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0605"));

        Assert.Equal((DiagnosticSeverity.Info, 7), (diagnostic.Severity, diagnostic.Location.Line));
        Assert.Contains("Hh533880", diagnostic.Message);
    }

    [Fact]
    public void Analyze_ProviderAsKb2614614_ReportsNothing()
    {
        using var set = OnPremUserWithExchangeOnlineMailbox().Add("Get-CsHostingProvider.txt", HybridDumps.ExchangeOnline(shared: "False"));

        Assert.Empty(set.Diagnostics("LXA0605"));
    }

    [Fact]
    public void Analyze_NoExchangeOnlineMailboxes_DoesNotApply()
    {
        using var set = new DumpSetBuilder().WithExchange2013User().Add("Get-CsHostingProvider.txt", HybridDumps.Provider("Fabrikam", "sip.fabrikam.com"));

        Assert.Empty(set.Diagnostics("LXA0605"));
    }
}
