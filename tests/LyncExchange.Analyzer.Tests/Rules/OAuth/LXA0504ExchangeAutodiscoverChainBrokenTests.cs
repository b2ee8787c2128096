using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.OAuth;

[Trait("Rule", "LXA0504")]
public sealed class LXA0504ExchangeAutodiscoverChainBrokenTests
{
    private static string OAuth(string url) => FormatListText.Object(
        ("Identity", "Global"),
        ("ServiceName", "00000004-0000-0ff1-ce00-000000000000"),
        ("ExchangeAutodiscoverUrl", url));

    private static string Cas(string uri) => FormatListText.Object(
        ("Name", "EX01"),
        ("AutoDiscoverServiceInternalUri", uri),
        ("Identity", "EX01"));

    [Theory]
    [InlineData("", "ExchangeAutodiscoverUrl is empty")]
    [InlineData("https://autodiscover.contoso.com/autodiscover/autodiscover.xml", "points to autodiscover.xml")]
    [InlineData("https://autodiscover.contoso.com/EWS/Exchange.asmx", "does not end with /autodiscover/autodiscover.svc")]
    public void Analyze_UrlWrong_ReportsErrorAtTheUrl(string url, string detail)
    {
        using var set = new DumpSetBuilder().WithExchange2013User().Add("Get-CsOAuthConfiguration.txt", OAuth(url));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0504"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(("Get-CsOAuthConfiguration.txt", 4), (diagnostic.Location.Path, diagnostic.Location.Line));
        Assert.Contains(detail, diagnostic.Message);
        Assert.Equal("Set-CsOAuthConfiguration -ExchangeAutodiscoverUrl \"https://autodiscover.contoso.com/autodiscover/autodiscover.svc\"", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_SvcUrlMatchingCas_ReportsNothing()
    {
        using var set = new DumpSetBuilder().WithExchange2013User()
            .Add("Get-ClientAccessServer.txt", Cas("https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml"))
            .Add("Get-CsOAuthConfiguration.txt", OAuth("https://AUTODISCOVER.contoso.com/Autodiscover/Autodiscover.svc"));

        Assert.Empty(set.Diagnostics("LXA0504"));
    }

    [Fact]
    public void Analyze_HostMatchesNeitherCasNorSmtpDomain_IsWarning()
    {
        using var set = new DumpSetBuilder().WithExchange2013User()
            .Add("Get-ClientAccessServer.txt", Cas("https://autodiscover.contoso.com/autodiscover/autodiscover.xml"))
            .Add("Get-CsOAuthConfiguration.txt", OAuth("https://mail.fabrikam.com/autodiscover/autodiscover.svc"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0504"));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(diagnostic.RelatedLocations, r => r.Location.Path == "Get-ClientAccessServer.txt");
    }

    [Fact]
    public void Analyze_CasWithBlankInternalUri_ReportsAtTheCas()
    {
        using var set = new DumpSetBuilder().WithExchange2013User()
            .Add("Get-ClientAccessServer.txt", Cas(string.Empty))
            .Add("Get-CsOAuthConfiguration.txt", OAuth("https://autodiscover.contoso.com/autodiscover/autodiscover.svc"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0504"));

        Assert.Equal(("Get-ClientAccessServer.txt", DiagnosticSeverity.Error), (diagnostic.Location.Path, diagnostic.Severity));
        Assert.Equal("Set-ClientAccessServer -Identity 'EX01' -AutoDiscoverServiceInternalUri \"https://autodiscover.contoso.com/autodiscover/autodiscover.xml\"", diagnostic.Properties["fix"]);
    }
}
