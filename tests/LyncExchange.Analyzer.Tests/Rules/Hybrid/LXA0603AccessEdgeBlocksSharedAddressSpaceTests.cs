using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Tests.Rules.OAuth;

namespace LyncExchange.Analyzer.Tests.Rules.Hybrid;

[Trait("Rule", "LXA0603")]
public sealed class LXA0603AccessEdgeBlocksSharedAddressSpaceTests
{
    private static string Edge(string federated = "True", string outside = "True", string discovery = "True", string routing = "UseDnsSrvRouting") => FormatListText.Object(
        ("Identity", "Global"),
        ("AllowFederatedUsers", federated),
        ("AllowOutsideUsers", outside),
        ("EnablePartnerDiscovery", discovery),
        ("RoutingMethod", routing));

    [Fact]
    public void Analyze_FederationOffInHybrid_IsError()
    {
        using var set = new DumpSetBuilder().WithHybridUsers().Add("Get-CsAccessEdgeConfiguration.txt", Edge(federated: "False"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0603"));

        Assert.Equal((DiagnosticSeverity.Error, 3), (diagnostic.Severity, diagnostic.Location.Line));
        Assert.StartsWith("Access Edge configuration: AllowFederatedUsers=False;", diagnostic.Message);
        Assert.Equal("Set-CsAccessEdgeConfiguration -AllowOutsideUsers 1 -AllowFederatedUsers 1 -UseDnsSrvRouting -EnablePartnerDiscovery $True", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_OutsideUsersOffAndDefaultRoutingInHybrid_AreWarnings()
    {
        using var set = new DumpSetBuilder().WithHybridUsers().Add("Get-CsAccessEdgeConfiguration.txt", Edge(outside: "False", routing: "UseDefaultRouting"));

        var diagnostics = set.Diagnostics("LXA0603");

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void Analyze_PartnerDiscoveryNotMirroringOpenTenant_IsWarning()
    {
        using var set = new DumpSetBuilder().WithHybridUsers()
            .Add("Get-CsAccessEdgeConfiguration.txt", Edge(discovery: "False"))
            .Add("Get-CsTenantFederationConfiguration.txt", FormatListText.Object(("Identity", "Global"), ("AllowedDomains", "Microsoft.Rtc.Management.WritableConfig.Policy.Edge.AllowAllKnownDomains"), ("SharedSipAddressSpace", "True")));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0603"));

        Assert.Contains("open federation", diagnostic.Message);
        Assert.Equal("Set-CsAccessEdgeConfiguration -EnablePartnerDiscovery $True", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_LyncServerOnlyWithExchangeOnlineMailboxes_JudgesOnlyFederation()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-RemoteMailbox.txt", OAuthDumps.Mailbox("kmyer@contoso.com", "RemoteUserMailbox"))
            .Add("Get-CsAccessEdgeConfiguration.txt", Edge(federated: "False", outside: "False"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0603"));

        Assert.Contains("AllowFederatedUsers=False", diagnostic.Message);
    }

    [Fact]
    public void Analyze_LyncServerOnlyWithOnPremMailboxes_DoesNotApply()
    {
        using var set = new DumpSetBuilder().WithExchange2013User().Add("Get-CsAccessEdgeConfiguration.txt", Edge(federated: "False"));

        Assert.Empty(set.Diagnostics("LXA0603"));
    }

    [Fact]
    public void Analyze_HybridAsDocumented_ReportsNothing()
    {
        using var set = new DumpSetBuilder().WithHybridUsers().Add("Get-CsAccessEdgeConfiguration.txt", Edge());

        Assert.Empty(set.Diagnostics("LXA0603"));
    }
}
