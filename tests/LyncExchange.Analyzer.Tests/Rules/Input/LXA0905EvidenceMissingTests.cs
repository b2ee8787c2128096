using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Input;

[Trait("Rule", "LXA0905")]
public sealed class LXA0905EvidenceMissingTests
{
    private static readonly string DefaultExchangeVdir = FormatListText.Object(
        ("InstantMessagingEnabled", "True"),
        ("InstantMessagingType", "None"),
        ("Identity", "EX01\\owa (Default Web Site)"));

    [Fact]
    public void Analyze_ExchangeOnlyDumpWithDefaults_GivesEvidenceMissingAndNoIntegrationError()
    {
        using var set = new DumpSetBuilder().Add("Get-OwaVirtualDirectory.txt", DefaultExchangeVdir);

        var result = set.Analyze();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "LXA0301");
        var missing = Assert.Single(result.Diagnostics, d => d.Id == "LXA0905" && d.Message.StartsWith("LXA0301", StringComparison.Ordinal));
        Assert.Contains("no Lync deployment", missing.Message);
        Assert.Single(result.Diagnostics, d => d.Id == "LXA0905" && d.Message.Contains("no Lync deployment", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_LyncPresentButCmdletNotCollected_NamesTheCommand()
    {
        using var set = new DumpSetBuilder().WithOnPremLync();

        var missing = Assert.Single(set.Diagnostics("LXA0905"), d => d.Message.StartsWith("LXA0302", StringComparison.Ordinal));

        Assert.Contains("no Get-OwaMailboxPolicy output", missing.Message);
        Assert.Contains("Collect with: Get-OwaMailboxPolicy | Export-Clixml", missing.Message);
    }

    [Fact]
    public void Analyze_EvidenceCollected_ReportsNothingForThatRule()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-OwaVirtualDirectory.txt", DefaultExchangeVdir);

        Assert.DoesNotContain(set.Diagnostics("LXA0905"), d => d.Message.StartsWith("LXA0301", StringComparison.Ordinal));
    }
}
