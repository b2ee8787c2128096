using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.OAuth;

[Trait("Rule", "LXA0501")]
public sealed class LXA0501LyncHasNoPartnerApplicationForExchangeTests
{
    private static string App(string identity, string authToken, string enabled = "True") => FormatListText.Object(
        ("Identity", identity),
        ("AuthToken", authToken),
        ("Name", identity),
        ("ApplicationIdentifier", "00000002-0000-0ff1-ce00-000000000000"),
        ("ApplicationTrustLevel", "Full"),
        ("Enabled", enabled));

    [Fact]
    public void Analyze_OnlyOAuthServerApplication_ReportsMissingExchangePartnerApplication()
    {
        using var set = new DumpSetBuilder().WithExchange2013User()
            .Add("Get-CsPartnerApplication.txt", App("microsoft.exchange", "UseOAuthServer"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0501"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("Get-CsPartnerApplication.txt", diagnostic.Location.Path);
        Assert.Contains("'microsoft.exchange' (UseOAuthServer)", diagnostic.Message);
        Assert.Equal("New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl \"https://autodiscover.contoso.com/autodiscover/metadata/json/1\"; Test-CsExStorageConnectivity -SipUri sip:kmyer@contoso.com", diagnostic.Properties["fix"]);
        Assert.Contains(diagnostic.RelatedLocations, r => r.Location.Path == "Get-Mailbox.txt");
    }

    [Fact]
    public void Analyze_EnabledExchangeMetadataApplication_ReportsNothing()
    {
        using var set = new DumpSetBuilder().WithExchange2013User()
            .Add("Get-CsPartnerApplication.txt", App("Exchange", "Value=https://autodiscover.contoso.com/autodiscover/metadata/json/1"));

        Assert.Empty(set.Diagnostics("LXA0501"));
    }

    [Fact]
    public void Analyze_ExchangeApplicationDisabled_ReportsAtEnabled()
    {
        using var set = new DumpSetBuilder().WithExchange2013User()
            .Add("Get-CsPartnerApplication.txt", App("Exchange", "Value=https://autodiscover.contoso.com/autodiscover/metadata/json/1", "False"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0501"));

        Assert.Equal(7, diagnostic.Location.Line);
        Assert.Equal("Set-CsPartnerApplication -Identity 'Exchange' -Enabled $true", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_LyncUsersOnlyHaveExchangeOnlineMailboxes_ReportsNothing()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-CsUser.txt", OAuthDumps.LyncUser("kmyer@contoso.com", "SRV:", "kmyer@contoso.com"))
            .Add("Get-RemoteMailbox.txt", OAuthDumps.Mailbox("kmyer@contoso.com", "RemoteUserMailbox"))
            .Add("Get-CsPartnerApplication.txt", App("microsoft.exchange", "UseOAuthServer"));

        Assert.Empty(set.Diagnostics("LXA0501"));
    }

    [Fact]
    public void Analyze_NoExchangeDumps_IsReportedAsEvidenceMissing()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-CsPartnerApplication.txt", App("microsoft.exchange", "UseOAuthServer"));

        var result = set.Analyze();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "LXA0501");
        Assert.Contains(result.Diagnostics, d => d.Id == "LXA0905" && d.Message.StartsWith("LXA0501", StringComparison.Ordinal) && d.Message.Contains("Get-ExchangeServer"));
    }
}
