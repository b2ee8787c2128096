using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.ExchangeOwa;

[Trait("Rule", "LXA0301")]
public sealed class LXA0301OwaVirtualDirectoryNotSetUpForImTests
{
    private static string Vdir(string name, string enabled, string type) => FormatListText.Object(
        ("InstantMessagingEnabled", enabled),
        ("InstantMessagingType", type),
        ("Name", name),
        ("Server", "EX01"),
        ("Identity", "EX01\\" + name));

    [Theory]
    [InlineData("None")]
    [InlineData("Msn")]
    public void Analyze_ImEnabledWithTypeOtherThanOcs_ReportsErrorAtTheType(string type)
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-OwaVirtualDirectory.txt", Vdir("owa (Default Web Site)", "True", type));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0301"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((3, 27), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("OwaVirtualDirectory:EX01\\owa (Default Web Site)", diagnostic.LogicalLocation);
        Assert.Contains("InstantMessagingType=" + type, diagnostic.Message);
        Assert.Equal("Set-OwaVirtualDirectory -Identity 'EX01\\owa (Default Web Site)' -InstantMessagingEnabled $true -InstantMessagingType Ocs", diagnostic.Properties["fix"]);
    }

    [Theory]
    [InlineData("Ocs")]
    [InlineData("OCS")]
    public void Analyze_ImEnabledWithOcs_ReportsNothing(string type)
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-OwaVirtualDirectory.txt", Vdir("owa (Default Web Site)", "True", type));

        Assert.Empty(set.Diagnostics("LXA0301"));
    }

    [Fact]
    public void Analyze_ImDisabledWithoutOtherIntegration_ReportsNothing()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-OwaVirtualDirectory.txt", Vdir("owa (Default Web Site)", "False", "None"));

        Assert.Empty(set.Diagnostics("LXA0301"));
    }

    [Fact]
    public void Analyze_BackEndDirectoryWithTypeNone_IsNotJudged()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-OwaVirtualDirectory.txt", Vdir("owa (Exchange Back End)", "True", "None"));

        Assert.Empty(set.Diagnostics("LXA0301"));
    }

    [Fact]
    public void Analyze_BackEndDirectoryWithImEnabled_IsInfo()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-OwaVirtualDirectory.txt", Vdir("owa (Exchange Back End)", "True", "Ocs"));

        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(set.Diagnostics("LXA0301")).Severity);
    }

    [Fact]
    public void Analyze_SeverityOverride_IsApplied()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-OwaVirtualDirectory.txt", Vdir("owa (Default Web Site)", "True", "None"));

        var result = set.Analyze(o => o with { SeverityOverrides = o.SeverityOverrides.Add("LXA0301", DiagnosticSeverity.Warning) });

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics, d => d.Id == "LXA0301").Severity);
    }
}
