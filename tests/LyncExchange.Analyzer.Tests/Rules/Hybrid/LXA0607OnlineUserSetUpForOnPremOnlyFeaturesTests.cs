using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Tests.Rules.OAuth;

namespace LyncExchange.Analyzer.Tests.Rules.Hybrid;

[Trait("Rule", "LXA0607")]
public sealed class LXA0607OnlineUserSetUpForOnPremOnlyFeaturesTests
{
    private static string Ucs(string identity, string allowed) => FormatListText.Object(("Identity", identity), ("UcsAllowed", allowed));

    private static string OwaPolicy(string imEnabled) => FormatListText.Object(
        ("Name", "Default"),
        ("InstantMessagingEnabled", imEnabled),
        ("InstantMessagingType", "Ocs"),
        ("IsDefault", "True"),
        ("Identity", "Default"));

    private static DumpSetBuilder Set(string recipientType, string ucsPolicies, string userPolicy = "") => new DumpSetBuilder().WithOnPremLync()
        .Add("Get-CsUser.txt", OAuthDumps.LyncUser("pilar@contoso.com", "sipfed.online.lync.com", "pilar@contoso.com", userServicesPolicy: userPolicy))
        .Add("Get-Mailbox.txt", OAuthDumps.Mailbox("pilar@contoso.com", recipientType))
        .Add("Get-CsUserServicesPolicy.txt", ucsPolicies);

    [Fact]
    public void Analyze_OnlineUserWithUcsAllowed_IsWarning()
    {
        using var set = Set("UserMailbox", Ucs("Global", "True"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0607"));

        Assert.Equal((DiagnosticSeverity.Warning, 5), (diagnostic.Severity, diagnostic.Location.Line));
        Assert.Equal("User 'pilar@contoso.com' is homed in Lync Online; the Unified Contact Store (user services policy 'Global' has UcsAllowed=True) is supported in a Lync hybrid only for users homed on-premises.", diagnostic.Message);
        Assert.Equal("Grant-CsUserServicesPolicy 'pilar@contoso.com' -PolicyName NoUnifiedContactStore; Invoke-CsUcsRollback 'pilar@contoso.com'", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_OnlineUserWithOwaImPolicy_IsInfo()
    {
        using var set = Set("UserMailbox", Ucs("Global", "False")).Add("Get-OwaMailboxPolicy.txt", OwaPolicy("True"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0607"));

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains("scheduling online meetings from OWA", diagnostic.Message);
    }

    [Fact]
    public void Analyze_OnlineUserWithNoUcsPolicy_ReportsNothing()
    {
        using var set = Set("UserMailbox", FormatListText.Objects(Ucs("Global", "True"), Ucs("Tag:NoUnifiedContactStore", "False")), "NoUnifiedContactStore");

        Assert.Empty(set.Diagnostics("LXA0607"));
    }

    [Fact]
    public void Analyze_OnlineUserWithExchangeOnlineMailbox_ReportsNothing()
    {
        using var set = Set("RemoteUserMailbox", Ucs("Global", "True"));

        Assert.Empty(set.Diagnostics("LXA0607"));
    }
}
