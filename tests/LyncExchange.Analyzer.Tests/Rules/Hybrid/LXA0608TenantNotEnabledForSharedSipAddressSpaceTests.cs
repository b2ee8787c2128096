using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Hybrid;

[Trait("Rule", "LXA0608")]
public sealed class LXA0608TenantNotEnabledForSharedSipAddressSpaceTests
{
    private static string Tenant(string shared) => FormatListText.Object(("Identity", "Global"), ("AllowFederatedUsers", "True"), ("SharedSipAddressSpace", shared));

    [Fact]
    public void Analyze_SharedSipAddressSpaceFalse_IsErrorAtTheValue()
    {
        using var set = new DumpSetBuilder().WithHybridUsers().Add("Get-CsTenantFederationConfiguration.txt", Tenant("False"));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0608"));

        Assert.Equal((DiagnosticSeverity.Error, 4), (diagnostic.Severity, diagnostic.Location.Line));
        Assert.StartsWith("Office 365 tenant has SharedSipAddressSpace=False;", diagnostic.Message);
        Assert.StartsWith("Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_SharedSipAddressSpaceTrue_ReportsNothing()
    {
        using var set = new DumpSetBuilder().WithHybridUsers().Add("Get-CsTenantFederationConfiguration.txt", Tenant("True"));

        Assert.Empty(set.Diagnostics("LXA0608"));
    }

    [Fact]
    public void Analyze_NoOnlineDump_IsEvidenceMissing()
    {
        using var set = new DumpSetBuilder().WithHybridUsers();

        Assert.Contains(set.Diagnostics("LXA0905"), d => d.Message.StartsWith("LXA0608", StringComparison.Ordinal) && d.Message.Contains("Lync Online remote PowerShell"));
    }
}
