using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules.OAuth;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Tests.Rules.OAuth;

[Trait("Rule", "LXA0505")]
public sealed class LXA0505OAuthTokenIssuerCertificateMissingOrInconsistentTests
{
    private static string Cert(string use, string thumbprint) => FormatListText.Object(
        ("Issuer", "CN=Contoso CA"),
        ("NotAfter", "3/4/2099 2:07:09 PM"),
        ("NotBefore", "3/5/2014 2:07:09 PM"),
        ("Subject", "CN=contoso.com"),
        ("Thumbprint", thumbprint),
        ("Use", use));

    [Fact]
    public void Analyze_NoTokenIssuer_ReportsError()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-CsCertificate.txt", FormatListText.Objects(Cert("Default", "AA11"), Cert("WebServicesInternal", "AA11")));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0505"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("No OAuthTokenIssuer certificate is assigned; server-to-server authentication with Exchange fails.", diagnostic.Message);
        Assert.StartsWith("$x=(Get-CsCertificate -Type Default).Thumbprint; Set-CsCertificate -Identity global -Type OAuthTokenIssuer", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_SameIssuerOnEveryFrontEnd_ReportsNothing()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("FE01_Get-CsCertificate.txt", FormatListText.Objects(Cert("Default", "AA11"), Cert("OAuthTokenIssuer", "7F3A 9C1E")))
            .Add("FE02_Get-CsCertificate.txt", FormatListText.Objects(Cert("Default", "BB22"), Cert("OAuthTokenIssuer", "7f3a9c1e\u200e")));

        Assert.Empty(set.Diagnostics("LXA0505"));
    }

    [Fact]
    public void Analyze_DifferentIssuersAcrossFrontEnds_ReportsTheOddOne()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("FE01_Get-CsCertificate.txt", FormatListText.Objects(Cert("Default", "AA11"), Cert("OAuthTokenIssuer", "7F3A9C1E")))
            .Add("FE02_Get-CsCertificate.txt", FormatListText.Objects(Cert("Default", "BB22"), Cert("OAuthTokenIssuer", "7F3A9C1E")))
            .Add("FE03_Get-CsCertificate.txt", FormatListText.Objects(Cert("Default", "CC33"), Cert("OAuthTokenIssuer", "0123ABCD")));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0505"));

        Assert.Equal("FE03_Get-CsCertificate.txt", diagnostic.Location.Path);
        Assert.Contains("Front Ends use different OAuthTokenIssuer certificates (FE01: 7F3A9C1E, FE02: 7F3A9C1E, FE03: 0123ABCD)", diagnostic.Message);
    }

    [Fact]
    public void Analyze_OneFrontEndLacksIssuer_ReportsThatFrontEnd()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("FE01/Get-CsCertificate.txt", FormatListText.Objects(Cert("Default", "AA11"), Cert("OAuthTokenIssuer", "7F3A9C1E")))
            .Add("FE02/Get-CsCertificate.txt", Cert("Default", "BB22"))
            .Add("EDGE01/Get-CsCertificate.txt", Cert("AccessEdgeExternal", "CC33"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0505"));

        Assert.Contains("on 'FE02'", diagnostic.Message);
    }

    [Fact]
    public void Analyze_DnsSaysOnlineWithoutOnPremUsers_DowngradesToInfoNamingTheScenario()
    {
        // RULES.md §C.3: LyncOnlineOnly stays plausible, and this rule does not apply there.
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-CsCertificate.txt", Cert("Default", "AA11"));
        var analysed = set.Analyze().Deployment;
        var deployment = new DeploymentModel(analysed.Records, analysed.Collections)
        {
            ContributedSignals = [new ScenarioSignal(ScenarioSignalKind.DnsPointsOnline, "lyncdiscover.contoso.com -> webdir.online.lync.com", DumpLocation.OnLine("contoso.com.dns", 12, 1, 10))],
        };

        var diagnostic = Assert.Single(RuleRunner.Run(new LXA0505OAuthTokenIssuerCertificateMissingOrInconsistent(), deployment));

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.EndsWith("(depends on scenario: fires only if the deployment is LyncServerOnly, Hybrid, not LyncOnlineOnly)", diagnostic.Message);
    }
}
