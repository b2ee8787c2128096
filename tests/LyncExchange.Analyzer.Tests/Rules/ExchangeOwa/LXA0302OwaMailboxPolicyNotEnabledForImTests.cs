using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.ExchangeOwa;

[Trait("Rule", "LXA0302")]
public sealed class LXA0302OwaMailboxPolicyNotEnabledForImTests
{
    private static string Policy(string name, string enabled, string type, string isDefault) => FormatListText.Object(
        ("InstantMessagingEnabled", enabled),
        ("InstantMessagingType", type),
        ("IsDefault", isDefault),
        ("Name", name),
        ("Identity", name));

    [Fact]
    public void Analyze_DefaultPolicyWithImDisabled_IsAnErrorAtTheEnabledLine()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-OwaMailboxPolicy.txt", Policy("Default", "False", "None", "True"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0302"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Equal("Set-OwaMailboxPolicy -Identity 'Default' -InstantMessagingEnabled $True -InstantMessagingType OCS", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_UnusedPolicyWithTypeNone_IsAWarningAtTheTypeLine()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-OwaMailboxPolicy.txt", Policy("Kiosk", "True", "None", "False"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0302"));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(3, diagnostic.Location.Line);
    }

    [Fact]
    public void Analyze_PolicyAssignedInCasMailbox_IsAnError()
    {
        using var set = new DumpSetBuilder().WithOnPremLync()
            .Add("Get-OwaMailboxPolicy.txt", Policy("Kiosk", "True", "None", "False"))
            .Add("Get-CASMailbox.txt", FormatListText.Object(("Name", "kmyer"), ("OWAEnabled", "True"), ("OwaMailboxPolicy", "Kiosk"), ("Identity", "kmyer")));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(set.Diagnostics("LXA0302")).Severity);
    }

    [Fact]
    public void Analyze_PolicyEnabledForOcs_ReportsNothing()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-OwaMailboxPolicy.txt", Policy("Default", "True", "Ocs", "True"));

        Assert.Empty(set.Diagnostics("LXA0302"));
    }
}
