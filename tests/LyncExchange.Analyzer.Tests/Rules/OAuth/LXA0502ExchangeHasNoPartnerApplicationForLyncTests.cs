using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.OAuth;

[Trait("Rule", "LXA0502")]
public sealed class LXA0502ExchangeHasNoPartnerApplicationForLyncTests
{
    private static string App(string name, string url, string enabled = "True", string linked = "contoso.com/Users/LyncEnterprise-ApplicationAccount", string useAuthServer = "False") => FormatListText.Object(
        ("Enabled", enabled),
        ("ApplicationIdentifier", "00000004-0000-0ff1-ce00-000000000000"),
        ("AuthMetadataUrl", url),
        ("UseAuthServer", useAuthServer),
        ("LinkedAccount", linked),
        ("Name", name),
        ("Identity", name));

    [Fact]
    public void Analyze_OnlyExchangeOnlineBuiltIn_ReportsErrorNamingThePool()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-PartnerApplication.txt", App("Exchange Online", string.Empty, useAuthServer: "True"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0502"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("Exchange has no enabled partner application for Lync pool(s) pool01.contoso.com.", diagnostic.Message);
        Assert.Contains("-AuthMetadataUrl \"https://pool01.contoso.com/metadata/json/1\" -ApplicationType Lync", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_EnabledLyncApplicationWithLinkedAccount_ReportsNothing()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-PartnerApplication.txt", App("LyncEnterprise-7b2f", "https://pool01.contoso.com/metadata/json/1"));

        Assert.Empty(set.Diagnostics("LXA0502"));
    }

    [Fact]
    public void Analyze_LyncApplicationDisabled_ReportsAtEnabled()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-PartnerApplication.txt", App("LyncEnterprise-7b2f", "https://pool01.contoso.com/metadata/json/1", enabled: "False"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0502"));

        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Equal("Set-PartnerApplication -Identity 'LyncEnterprise-7b2f' -Enabled $true; iisreset", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_LyncApplicationWithoutLinkedAccount_ReportsAtLinkedAccount()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-PartnerApplication.txt", App("LyncEnterprise-7b2f", "https://pool01.contoso.com/metadata/json/1", linked: string.Empty));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0502"));

        Assert.Equal(6, diagnostic.Location.Line);
        Assert.Contains("no LinkedAccount", diagnostic.Message);
    }
}
