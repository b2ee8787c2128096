using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Input;

[Trait("Rule", "LXA0906")]
public sealed class LXA0906EvidenceConflictsTests
{
    private static string User(string sip, string provider, string pool) => FormatListText.Object(
        ("Identity", "CN=" + sip + ",OU=Users,DC=contoso,DC=com"),
        ("HostingProvider", provider),
        ("RegistrarPool", pool),
        ("Enabled", "True"),
        ("SipAddress", "sip:" + sip + "@contoso.com"));

    [Fact]
    public void Analyze_OnPremPoolOnly_StatesLyncServerOnlyAsInfo()
    {
        using var set = new DumpSetBuilder().WithOnPremLync();

        var diagnostic = Assert.Single(set.Diagnostics("LXA0906"));

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.StartsWith("Scenario LyncServerOnly (inferred) from: S1", diagnostic.Message);
        Assert.Equal("Get-CsPool.txt", diagnostic.Location.Path);
    }

    [Fact]
    public void Analyze_OnPremPoolAndOnlineUsers_IsHybrid()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-CsUser.txt", User("pilar", "sipfed.online.lync.com", ""));

        Assert.Equal(LyncScenario.Hybrid, set.Analyze().Deployment.Scenario.Scenario);
    }

    [Fact]
    public void Analyze_OnlineUsersAndSharedAddressSpaceButNoLyncServerDumps_IsAConflictWarning()
    {
        using var set = new DumpSetBuilder()
            .Add("Get-CsUser.txt", User("pilar", "sipfed.online.lync.com", ""))
            .Add("Get-CsHostingProvider.txt", FormatListText.Object(("Identity", "LyncOnline"), ("ProxyFqdn", "sipfed.online.lync.com"), ("Enabled", "True"), ("EnabledSharedAddressSpace", "True"), ("HostsOCSUsers", "True")));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0906"));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("Analysed as LyncOnlineOnly", diagnostic.Message);
    }

    [Fact]
    public void Analyze_OnlineUsersWithOwaSetToOcs_IsLyncOnlineOnlyWithoutConflict()
    {
        // OWA set to OCS with Lync Online only is the defect LXA0308 reports, not evidence of a hidden Lync Server.
        using var set = new DumpSetBuilder()
            .Add("Get-CsUser.txt", User("pilar", "sipfed.online.lync.com", ""))
            .Add("Get-OwaVirtualDirectory.txt", FormatListText.Object(("InstantMessagingEnabled", "True"), ("InstantMessagingType", "Ocs"), ("Identity", "EX01\\owa (Default Web Site)")));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0906"));

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.StartsWith("Scenario LyncOnlineOnly", diagnostic.Message);
    }

    [Fact]
    public void Analyze_NoSignals_IsUnknownAndSaysSo()
    {
        using var set = new DumpSetBuilder().Add("Get-ExchangeServer.txt", FormatListText.Object(("Name", "EX01"), ("ServerRole", "Mailbox"), ("AdminDisplayVersion", "Version 15.0 (Build 1497.2)"), ("Identity", "EX01")));

        Assert.Contains("Scenario Unknown", Assert.Single(set.Diagnostics("LXA0906")).Message);
    }

    [Fact]
    public void Analyze_ScenarioOverride_WinsAndIsEchoed()
    {
        using var set = new DumpSetBuilder().WithOnPremLync();

        var result = set.Analyze(o => o with { Scenario = "hybrid" });

        Assert.Equal(LyncScenario.Hybrid, result.Deployment.Scenario.Scenario);
        Assert.Contains("Scenario Hybrid (set by lxa_scenario in the configuration)", Assert.Single(result.Diagnostics, d => d.Id == "LXA0906").Message);
    }

    [Fact]
    public void Analyze_ScenarioOverrideNamingNoScenario_IsReported()
    {
        using var set = new DumpSetBuilder().WithOnPremLync();

        var result = set.Analyze(o => o with { Scenario = "cloudy" });

        Assert.Equal(LyncScenario.LyncServerOnly, result.Deployment.Scenario.Scenario);
        Assert.Contains(result.Diagnostics, d => d.Id == "LXA0904" && d.Message.Contains("lxa_scenario = cloudy", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_DumpsFromTwoForests_IsAWarningNamingBoth()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-CsUser.txt", User("kmyer", "SRV:", "pool01.contoso.com"))
            .Add("Get-ExchangeServer.txt", FormatListText.Object(("Name", "EX01"), ("ServerRole", "Mailbox"), ("DistinguishedName", "CN=EX01,CN=Servers,CN=Configuration,DC=fabrikam,DC=net"), ("Identity", "EX01")));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0906"), d => d.Message.StartsWith("Dumps come from", StringComparison.Ordinal));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("DC=contoso,DC=com (Get-CsUser.txt), DC=fabrikam,DC=net (Get-ExchangeServer.txt)", diagnostic.Message);
    }

    [Theory]
    [InlineData("CN=Ken,OU=Users,DC=emea,DC=contoso,DC=com", "DC=contoso,DC=com")]
    [InlineData("CN=x,DC=contoso,DC=com", "DC=contoso,DC=com")]
    [InlineData("CN=x,DC=local", null)]
    [InlineData("", null)]
    public void ForestRoot_IsTheLastTwoDomainComponents(string dn, string? root)
    {
        Assert.Equal(root, LyncExchange.Analyzer.Rules.Input.ForestRoots.RootOf(dn));
    }
}
