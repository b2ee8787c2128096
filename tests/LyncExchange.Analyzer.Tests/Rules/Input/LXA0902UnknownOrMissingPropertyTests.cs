using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Input;

[Trait("Rule", "LXA0902")]
public sealed class LXA0902UnknownOrMissingPropertyTests
{
    [Fact]
    public void Analyze_PropertyARuleNeedsIsMissing_NamesTheRuleSkipped()
    {
        using var set = new DumpSetBuilder().Add("Get-OwaVirtualDirectory.txt", FormatListText.Object(
            ("InstantMessagingEnabled", "True"),
            ("Name", "owa (Default Web Site)"),
            ("Identity", "EX01\\owa (Default Web Site)")));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0902"));

        Assert.Contains("property 'InstantMessagingType' missing; LXA0301 skipped", diagnostic.Message);
        Assert.Equal(2, diagnostic.Location.Line);
    }

    [Fact]
    public void Analyze_ObjectOfNoModelledCmdlet_IsReportedOnce()
    {
        using var set = new DumpSetBuilder().Add("notes.txt", FormatListText.Object(("Color", "blue"), ("Shape", "round"), ("Size", "big")));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0902"));

        Assert.Contains("not recognised as the output of any modelled cmdlet", diagnostic.Message);
    }

    [Fact]
    public void Analyze_AllNeededPropertiesPresent_ReportsNothing()
    {
        using var set = new DumpSetBuilder().Add("Get-OwaVirtualDirectory.txt", FormatListText.Object(
            ("InstantMessagingEnabled", "True"),
            ("InstantMessagingType", "Ocs"),
            ("Identity", "EX01\\owa (Default Web Site)")));

        Assert.Empty(set.Diagnostics("LXA0902"));
    }
}
