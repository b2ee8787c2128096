using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Rules.OAuth;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules.Hybrid;

/// <summary>
/// The Access Edge refuses federated traffic (which also carries the shared-address-space traffic with Lync and
/// Exchange Online, Hh533880/KB 2614614), or, in hybrid, outside users, DNS SRV routing or partner discovery are
/// not as the hybrid topics set them.
/// </summary>
[Rule("LXA0603", RuleCategory.Hybrid, DiagnosticSeverity.Error,
    Title = "Access Edge configuration blocks the shared SIP address space",
    Message = "Access Edge configuration: {0}={1}; {2}.",
    HelpUri = "https://technet.microsoft.com/library/hh533880(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "KB2614614", "Step6"])]
internal sealed partial class LXA0603AccessEdgeBlocksSharedAddressSpace : IntegrationRule
{
    private const string Fix = "Set-CsAccessEdgeConfiguration -AllowOutsideUsers 1 -AllowFederatedUsers 1 -UseDnsSrvRouting -EnablePartnerDiscovery $True";

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [EvidenceRequirement.Cmdlet("Get-CsAccessEdgeConfiguration")];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        var scenario = deployment.Scenario;
        var hybrid = scenario.Scenario == LyncScenario.Hybrid;
        if (!hybrid && !scenario.HasExchangeOnlineMailboxes)
        {
            // Lync Server only: the rule applies only when some mailboxes are in Exchange Online (KB 2614614).
            return;
        }

        var tenant = deployment.All<CsTenantFederationConfiguration>().FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.AllowedDomains));
        foreach (var edge in deployment.All<CsAccessEdgeConfiguration>())
        {
            if (edge.AllowFederatedUsers == false)
            {
                Report(context, edge, "AllowFederatedUsers", "False", hybrid
                    ? "federated and shared-address-space traffic with Office 365 is refused"
                    : "Exchange Online (OWA IM/presence, UM) reaches Lync as a federated partner and is refused", edge.Locations.AllowFederatedUsers, null);
            }

            if (!hybrid)
            {
                continue;
            }

            if (edge.AllowOutsideUsers == false)
            {
                Report(context, edge, "AllowOutsideUsers", "False", "the Lync hybrid topics set it to True (remote users, and users moved to Lync Online, sign in through the Edge)", edge.Locations.AllowOutsideUsers, DiagnosticSeverity.Warning);
            }

            var routing = edge.RoutingMethod?.Trim();
            if (!string.IsNullOrEmpty(routing) && !routing.Equals("UseDnsSrvRouting", StringComparison.OrdinalIgnoreCase))
            {
                Report(context, edge, "RoutingMethod", routing, "hybrid federation with Lync Online needs DNS SRV routing (-UseDnsSrvRouting)", edge.Locations.RoutingMethod, DiagnosticSeverity.Warning);
            }

            if (tenant is not null && edge.EnablePartnerDiscovery is { } discovery)
            {
                var tenantOpen = tenant.AllowedDomains!.Contains("AllowAllKnownDomains", StringComparison.OrdinalIgnoreCase);
                if (discovery != tenantOpen)
                {
                    Report(
                        context,
                        edge,
                        "EnablePartnerDiscovery",
                        HostingProviders.Show(discovery),
                        $"the Office 365 tenant uses {(tenantOpen ? "open" : "closed")} federation (AllowedDomains {tenant.AllowedDomains.Trim()}) and JJ205403 says partner discovery must mirror it",
                        edge.Locations.EnablePartnerDiscovery,
                        DiagnosticSeverity.Warning,
                        [new(tenant.Locations.AllowedDomains, "tenant AllowedDomains")],
                        $"Set-CsAccessEdgeConfiguration -EnablePartnerDiscovery ${(tenantOpen ? "True" : "False")}");
                }
            }
        }
    }

    private static void Report(
        RuleContext context,
        CsAccessEdgeConfiguration edge,
        string property,
        string actual,
        string reason,
        DumpLocation location,
        DiagnosticSeverity? severity,
        IEnumerable<RelatedLocation>? related = null,
        string? fix = null) =>
        context.ReportFinding(
            ScenarioDependence.At(location, edge.Source.Location),
            edge.ObjectIdentity,
            [property, actual, reason],
            fix: fix ?? Fix,
            severity: severity,
            related: related,
            properties: [new("actual", $"{property}={actual}")]);
}
