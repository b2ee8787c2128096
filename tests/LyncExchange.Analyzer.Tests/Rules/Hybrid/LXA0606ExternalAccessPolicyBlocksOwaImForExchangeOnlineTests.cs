using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Tests.Rules.OAuth;

namespace LyncExchange.Analyzer.Tests.Rules.Hybrid;

[Trait("Rule", "LXA0606")]
public sealed class LXA0606ExternalAccessPolicyBlocksOwaImForExchangeOnlineTests
{
    private static string Policy(string identity, string outside) => FormatListText.Object(
        ("Identity", identity),
        ("EnableFederationAccess", "True"),
        ("EnablePublicCloudAccess", "False"),
        ("EnableOutsideAccess", outside));

    private static DumpSetBuilder Set(string recipientType, string userPolicy, params string[] policies) => new DumpSetBuilder().WithOnPremLync()
        .Add("Get-CsUser.txt", OAuthDumps.LyncUser("kmyer@contoso.com", "SRV:", "kmyer@contoso.com", externalAccessPolicy: userPolicy))
        .Add("Get-Mailbox.txt", OAuthDumps.Mailbox("kmyer@contoso.com", recipientType))
        .Add("Get-CsExternalAccessPolicy.txt", FormatListText.Objects(policies));

    [Fact]
    public void Analyze_GlobalPolicyBlocksOutsideAccess_WarnsForTheUser()
    {
        using var set = Set("RemoteUserMailbox", string.Empty, Policy("Global", "False"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0606"));

        Assert.Equal((DiagnosticSeverity.Warning, "Get-CsUser.txt"), (diagnostic.Severity, diagnostic.Location.Path));
        Assert.Equal("User 'kmyer@contoso.com' has an Exchange Online mailbox but external access policy 'Global' does not enable communications with remote users; OWA IM sign-in will fail.", diagnostic.Message);
        Assert.StartsWith("Set-CsExternalAccessPolicy -Identity 'Global' -EnableOutsideAccess $True", diagnostic.Properties["fix"]);
        Assert.Contains(diagnostic.RelatedLocations, r => r.Location.Path == "Get-CsExternalAccessPolicy.txt");
    }

    [Fact]
    public void Analyze_SitePolicyWins_OverGlobal()
    {
        using var set = Set("RemoteUserMailbox", string.Empty, Policy("Global", "True"), Policy("Site:Redmond", "False"));

        Assert.Contains("'Site:Redmond'", Assert.Single(set.Diagnostics("LXA0606")).Message);
    }

    [Fact]
    public void Analyze_UserPolicyAllowsOutsideAccess_ReportsNothing()
    {
        using var set = Set("RemoteUserMailbox", "AllowOutside", Policy("Global", "False"), Policy("Tag:AllowOutside", "True"));

        Assert.Empty(set.Diagnostics("LXA0606"));
    }

    [Fact]
    public void Analyze_OnPremMailbox_ReportsNothing()
    {
        using var set = Set("UserMailbox", string.Empty, Policy("Global", "False"));

        Assert.Empty(set.Diagnostics("LXA0606"));
    }
}
