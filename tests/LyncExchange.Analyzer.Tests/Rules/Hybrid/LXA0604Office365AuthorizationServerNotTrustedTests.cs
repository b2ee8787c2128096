using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Hybrid;

[Trait("Rule", "LXA0604")]
public sealed class LXA0604Office365AuthorizationServerNotTrustedTests
{
    private const string Tenant = "8c1b2f0e-5d4a-4c3b-9a7e-2f6d1e0c9b8a";

    private static string Server(string url, string identity = "microsoft.sts") => FormatListText.Object(("Identity", identity), ("Realm", string.Empty), ("MetadataUrl", url));

    private static readonly string Adfs = Server("https://adfs.contoso.com/FederationMetadata/2007-06/FederationMetadata.xml", "adfs");

    private static string App(string authToken = "UseOAuthServer", string id = "00000002-0000-0ff1-ce00-000000000000", string trust = "Full") => FormatListText.Object(
        ("Identity", "microsoft.exchange"),
        ("AuthToken", authToken),
        ("Name", "microsoft.exchange"),
        ("ApplicationIdentifier", id),
        ("ApplicationTrustLevel", trust),
        ("Enabled", "True"));

    private static string OAuth(string serviceName = "00000004-0000-0ff1-ce00-000000000000") => FormatListText.Object(("Identity", "Global"), ("ServiceName", serviceName), ("ExchangeAutodiscoverUrl", string.Empty));

    private static DumpSetBuilder Set(string server, string app, string oauth) => new DumpSetBuilder().WithHybridUsers()
        .Add("Get-CsOAuthServer.txt", server)
        .Add("Get-CsPartnerApplication.txt", app)
        .Add("Get-CsOAuthConfiguration.txt", oauth);

    [Fact]
    public void Analyze_JJ204990Configuration_ReportsNothing()
    {
        using var set = Set(Server($"https://accounts.accesscontrol.windows.net/{Tenant}/metadata/json/1"), App(), OAuth());

        Assert.Empty(set.Diagnostics("LXA0604"));
    }

    [Fact]
    public void Analyze_MetadataUrlWithDomainInsteadOfTenantId_IsError()
    {
        using var set = Set(Server("https://accounts.accesscontrol.windows.net/contoso.com/metadata/json/1"), App(), OAuth());

        var diagnostic = Assert.Single(set.Diagnostics("LXA0604"));

        Assert.Equal((DiagnosticSeverity.Error, "Get-CsOAuthServer.txt", 4), (diagnostic.Severity, diagnostic.Location.Path, diagnostic.Location.Line));
        Assert.StartsWith("Server-to-server trust with Office 365 incomplete: OAuth server 'microsoft.sts' has MetadataUrl", diagnostic.Message);
    }

    [Fact]
    public void Analyze_ExchangeApplicationUsesMetadataAndServiceNameWrong_ReportsBoth()
    {
        using var set = Set(
            Server($"https://accounts.accesscontrol.windows.net/{Tenant}/metadata/json/1"),
            App(authToken: "Value=https://autodiscover.contoso.com/autodiscover/metadata/json/1"),
            OAuth(serviceName: "contoso.com"));

        var diagnostics = set.Diagnostics("LXA0604");

        Assert.Equal(2, diagnostics.Length);
        var app = Assert.Single(diagnostics, d => d.Location.Path == "Get-CsPartnerApplication.txt");
        Assert.Contains("does not use the OAuth server", app.Message);
        Assert.Contains($"New-CsPartnerApplication -Identity microsoft.exchange -ApplicationIdentifier 00000002-0000-0ff1-ce00-000000000000 -ApplicationTrustLevel Full -UseOAuthServer", app.Properties["fix"]);
        var service = Assert.Single(diagnostics, d => d.Location.Path == "Get-CsOAuthConfiguration.txt");
        Assert.Equal("Set-CsOAuthConfiguration -ServiceName 00000004-0000-0ff1-ce00-000000000000", service.Properties["fix"]);
    }

    [Fact]
    public void Analyze_NoOAuthServer_FixCarriesTheTenantFromExchange()
    {
        using var set = Set(Adfs, App(), OAuth())
            .Add("Get-AuthServer.txt", FormatListText.Object(("Name", "ACS"), ("Realm", Tenant), ("Type", "MicrosoftACS"), ("Identity", "ACS")));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0604"));

        Assert.Contains("no OAuth server 'microsoft.sts'", diagnostic.Message);
        Assert.StartsWith($"New-CsOAuthServer microsoft.sts -MetadataUrl \"https://accounts.accesscontrol.windows.net/{Tenant}/metadata/json/1\"", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_LyncServerOnlyWithOnPremMailboxes_DoesNotApply()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-CsOAuthServer.txt", Adfs)
            .Add("Get-CsPartnerApplication.txt", App(authToken: "Value=https://autodiscover.contoso.com/autodiscover/metadata/json/1"))
            .Add("Get-CsOAuthConfiguration.txt", OAuth(serviceName: "contoso.com"));

        var result = set.Analyze();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "LXA0604");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "LXA0905" && d.Message.StartsWith("LXA0604", StringComparison.Ordinal));
    }
}
