using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Rules.OAuth;

namespace LyncExchange.Analyzer.Rules.Hybrid;

/// <summary>The Office 365 tenant does not share the SIP address space with on-premises Lync, so user moves fail.</summary>
[Rule("LXA0608", RuleCategory.Hybrid, DiagnosticSeverity.Error,
    Title = "Tenant not enabled for shared SIP address space",
    Message = "Office 365 tenant has SharedSipAddressSpace={0}; user moves fail with \"HostedMigration fault: Error=(510) … not enabled for shared sip address space\".",
    HelpUri = "https://learn.microsoft.com/powershell/module/skype/set-cstenantfederationconfiguration",
    Scenarios = "Hybrid",
    Tags = ["KB2614242", "Step6"])]
internal sealed partial class LXA0608TenantNotEnabledForSharedSipAddressSpace : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
        [EvidenceRequirement.Cmdlet("Get-CsTenantFederationConfiguration", "Get-CsTenantFederationConfiguration | Export-Clixml Get-CsTenantFederationConfiguration.xml (Lync Online remote PowerShell)")];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        foreach (var tenant in context.Deployment.All<CsTenantFederationConfiguration>())
        {
            if (tenant.SharedSipAddressSpace != false)
            {
                continue;
            }

            context.ReportFinding(
                ScenarioDependence.At(tenant.Locations.SharedSipAddressSpace, tenant.Source.Location),
                tenant.ObjectIdentity,
                ["False"],
                fix: "Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true   # in Lync Online remote PowerShell",
                properties: [new("expected", "SharedSipAddressSpace=True"), new("actual", "SharedSipAddressSpace=False")]);
        }
    }
}
