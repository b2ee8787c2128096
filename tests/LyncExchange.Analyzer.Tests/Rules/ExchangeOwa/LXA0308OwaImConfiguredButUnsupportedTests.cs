using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Rules.ExchangeOwa;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.ExchangeOwa;

[Trait("Rule", "LXA0308")]
public sealed class LXA0308OwaImConfiguredButUnsupportedTests
{
    private static ModelBuilder OnlineOnly() =>
        new ModelBuilder().Add<CsUser>(("Identity", "CN=Pilar"), ("HostingProvider", "sipfed.online.lync.com"), ("SipAddress", "sip:pilar@contoso.com"), ("Enabled", "True"));

    [Fact]
    public void Analyze_LyncOnlineOnlyWithOwaImEnabled_IsAWarning()
    {
        var builder = OnlineOnly().OwaVdir(enabled: "True", type: "None");
        Assert.Equal(LyncScenario.LyncOnlineOnly, builder.Build().Scenario.Scenario);

        var diagnostic = Assert.Single(builder.Run(new LXA0308OwaImConfiguredButUnsupported()));

        Assert.Contains("OWA on EX01 has instant messaging enabled", diagnostic.Message);
    }

    [Fact]
    public void Analyze_LyncOnlineOnlyWithOwaImDisabled_ReportsNothing()
    {
        Assert.Empty(OnlineOnly().OwaVdir(enabled: "False", type: "None").Run(new LXA0308OwaImConfiguredButUnsupported()));
    }

    [Fact]
    public void Analyze_LyncServerDeployment_IsNotThisRulesScenario()
    {
        Assert.Empty(new ModelBuilder().HealthyOwaIm().Run(new LXA0308OwaImConfiguredButUnsupported()));
    }
}
