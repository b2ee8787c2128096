using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Rules.OAuth;

namespace LyncExchange.Analyzer.Rules.Hybrid;

/// <summary>
/// The deployment shows Office 365 (online-homed users, the Office 365 OAuth server, the tenant's shared SIP
/// address space) but Lync Server has no hosting provider for <c>sipfed.online.lync.com</c>: hybrid is not set up.
/// </summary>
[Rule("LXA0601", RuleCategory.Hybrid, DiagnosticSeverity.Error,
    Title = "No shared-address-space hosting provider for Lync Online",
    Message = "No hosting provider with ProxyFqdn sipfed.online.lync.com exists, but the deployment has online-homed users / Office 365 evidence ({0}); hybrid (shared SIP address space) is not configured.",
    HelpUri = "https://technet.microsoft.com/library/dn689115(v=ocs.15)",
    Scenarios = "Hybrid",
    Tags = ["KB2614242", "Step6"])]
internal sealed partial class LXA0601NoSharedAddressSpaceHostingProvider : IntegrationRule
{
    internal const string CreateProvider = "New-CsHostingProvider -Identity LyncOnline -ProxyFqdn \"sipfed.online.lync.com\" -Enabled $true -EnabledSharedAddressSpace $true -HostsOCSUsers $true -VerificationLevel UseSourceVerification -IsLocal $false -AutodiscoverUrl https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root";

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [EvidenceRequirement.Cmdlet("Get-CsHostingProvider")];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        var providers = deployment.All<CsHostingProvider>().ToList();
        if (providers.Any(HostingProviders.IsLyncOnline) || providers.Any(p => p.Source.IsTruncated("ProxyFqdn")))
        {
            return;
        }

        var office365 = deployment.Scenario.Signals
            .Where(s => s.Kind is ScenarioSignalKind.OnlineHomedUsers or ScenarioSignalKind.Office365OAuth or ScenarioSignalKind.TenantSharedSipAddressSpace)
            .ToList();
        var evidence = office365.Count > 0
            ? string.Join("; ", office365.Select(s => s.Description))
            : "scenario set to Hybrid by lxa_scenario";
        var present = providers.Count == 0 ? "none" : string.Join(", ", providers.Select(p => $"'{p.Identity}' ({p.ProxyFqdn})"));
        context.ReportFinding(
            IntegrationFacts.CollectionLocation(deployment, "Get-CsHostingProvider"),
            "CsHostingProvider:(Lync Online)",
            [evidence],
            fix: CreateProvider,
            related: office365.Select(s => new RelatedLocation(s.Location, s.ToString())),
            properties: [new("expected", "a hosting provider with ProxyFqdn=sipfed.online.lync.com"), new("actual", "hosting providers: " + present)]);
    }
}
