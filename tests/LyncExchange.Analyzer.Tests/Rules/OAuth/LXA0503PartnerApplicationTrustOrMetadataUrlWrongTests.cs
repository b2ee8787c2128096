using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.OAuth;

[Trait("Rule", "LXA0503")]
public sealed class LXA0503PartnerApplicationTrustOrMetadataUrlWrongTests
{
    private static string LyncApp(string authToken, string trust = "Full") => FormatListText.Object(
        ("Identity", "Exchange"),
        ("AuthToken", authToken),
        ("Name", "Exchange"),
        ("ApplicationTrustLevel", trust),
        ("Enabled", "True"));

    private static string ExchangeApp(string url, string useAuthServer = "False", string applicationId = "00000004-0000-0ff1-ce00-000000000000") => FormatListText.Object(
        ("Enabled", "True"),
        ("ApplicationIdentifier", applicationId),
        ("AuthMetadataUrl", url),
        ("UseAuthServer", useAuthServer),
        ("Name", "LyncEnterprise-7b2f"),
        ("Identity", "LyncEnterprise-7b2f"));

    private static string Cas(string uri) => FormatListText.Object(
        ("Name", "EX01"),
        ("Fqdn", "ex01.contoso.com"),
        ("AutoDiscoverServiceInternalUri", uri),
        ("Identity", "EX01"));

    [Fact]
    public void Analyze_TrustLevelUser_WarnsAtTrustLevel()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-CsPartnerApplication.txt", LyncApp("Value=https://autodiscover.contoso.com/autodiscover/metadata/json/1", "User"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0503"));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(5, diagnostic.Location.Line);
        Assert.Equal("Set-CsPartnerApplication -Identity 'Exchange' -ApplicationTrustLevel Full", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_HttpAndWrongPath_ReportsEachProblem()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-CsPartnerApplication.txt", LyncApp("Value=http://autodiscover.contoso.com/autodiscover/autodiscover.xml"));

        var diagnostics = set.Diagnostics("LXA0503");

        Assert.Equal(2, diagnostics.Length);
        Assert.Contains(diagnostics, d => d.Message.Contains("uses http, expected https"));
        Assert.Contains(diagnostics, d => d.Message.Contains("expected '/autodiscover/metadata/json/1'"));
    }

    [Fact]
    public void Analyze_HostUnknownToExchangeDumps_Warns()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-ClientAccessServer.txt", Cas("https://autodiscover.contoso.com/autodiscover/autodiscover.xml"))
            .Add("Get-CsPartnerApplication.txt", LyncApp("Value=https://legacy.fabrikam.com/autodiscover/metadata/json/1"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0503"));

        Assert.Contains("host 'legacy.fabrikam.com' is not an Exchange autodiscover host", diagnostic.Message);
    }

    [Fact]
    public void Analyze_CorrectApplicationsOnBothSides_ReportsNothing()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-ClientAccessServer.txt", Cas("https://autodiscover.contoso.com/autodiscover/autodiscover.xml"))
            .Add("Get-CsPartnerApplication.txt", LyncApp("Value=https://autodiscover.contoso.com/autodiscover/metadata/json/1"))
            .Add("Get-PartnerApplication.txt", ExchangeApp("https://pool01.contoso.com/metadata/json/1"));

        Assert.Empty(set.Diagnostics("LXA0503"));
    }

    [Fact]
    public void Analyze_ExchangeApplicationPointsAtOtherHost_WarnsWithSetPartnerApplication()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-PartnerApplication.txt", ExchangeApp("https://lyncweb.contoso.com/metadata/json/1"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0503"));

        Assert.Contains("is not a Lync pool FQDN", diagnostic.Message);
        Assert.StartsWith("Set-PartnerApplication -Identity 'LyncEnterprise-7b2f' -AuthMetadataUrl \"https://pool01.contoso.com/metadata/json/1\"", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_SkypeOnlineApplicationUsingAuthServer_IsNotJudged()
    {
        // RULES.md §E.8: Exchange's partner application for SfB Online (00000004-…) through the auth server is not wrong.
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-PartnerApplication.txt", ExchangeApp("https://example.invalid/not-metadata", useAuthServer: "True"));

        Assert.Empty(set.Diagnostics("LXA0503"));
    }
}
