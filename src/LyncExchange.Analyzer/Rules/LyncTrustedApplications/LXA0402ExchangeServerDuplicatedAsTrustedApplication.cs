using LyncExchange.Analyzer.Deployment.Topology;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Rules.LyncTrustedApplications;

/// <summary>
/// A multi-role Exchange 2013 server that serves a SipName UM dial plan is discovered by Lync automatically; adding it
/// again as a trusted application computer makes two Known Server entries and breaks OWA integration (JJ688055 note).
/// </summary>
[Rule("LXA0402", RuleCategory.LyncTrustedApplications, DiagnosticSeverity.Error,
    Title = "Exchange server both auto-discovered and manually added as trusted application",
    Message = "Exchange server {0} hosts a SipName UM dial plan and is therefore auto-discovered by Lync; the manual trusted application pool '{1}' for it duplicates the entry and stops OWA integration.",
    HelpUri = "https://technet.microsoft.com/library/jj688055(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step5", "UM"])]
internal sealed partial class LXA0402ExchangeServerDuplicatedAsTrustedApplication : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.Cmdlet("Get-ExchangeServer"),
        EvidenceRequirement.Cmdlet("Get-CsTrustedApplicationPool"),
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var exchange = ExchangeTopology.Of(context.Deployment);
        var lync = LyncTopology.Of(context.Deployment);
        var multiRole = exchange.Mailbox2013Servers.Where(s => s.HasRole("ClientAccess") && s.Fqdn is not null && lync.PoolsContaining(s.Fqdn).Any()).ToList();
        if (multiRole.Count == 0)
        {
            return;
        }

        var dialPlans = context.Deployment.All<UmDialPlan>().ToList();
        if (dialPlans.Count == 0 && context.Deployment.StateOf("Get-UMDialPlan") == Deployment.CollectionState.NotCollected)
        {
            context.ReportEvidenceMissing(
                $"no Get-UMDialPlan output, needed because {string.Join(", ", multiRole.Select(s => s.Name))} are multi-role trusted application computers",
                "Get-UMDialPlan | Export-Clixml Get-UMDialPlan.xml",
                multiRole[0].Source.Location,
                multiRole[0].ObjectIdentity);
            return;
        }

        var sipName = dialPlans.FirstOrDefault(d => string.Equals(d.URIType?.Trim(), "SipName", StringComparison.OrdinalIgnoreCase));
        if (sipName is null)
        {
            return;
        }

        foreach (var server in multiRole)
        {
            foreach (var pool in lync.PoolsContaining(server.Fqdn!))
            {
                var app = lync.ApplicationsOf(pool).FirstOrDefault();
                var appId = app?.ApplicationId ?? "urn:application:outlookwebapp";
                context.Report(
                    pool.Source.Location,
                    pool.ObjectIdentity,
                    [server.Fqdn, pool.Fqdn],
                    fix: $"Remove-CsTrustedApplication -Identity '{pool.Fqdn}/{appId}'; Remove-CsTrustedApplicationPool -Identity '{pool.Fqdn}'; Enable-CsTopology",
                    related: [new RelatedLocation(sipName.Locations.URIType, $"UM dial plan '{sipName.Name}' URIType SipName"), new RelatedLocation(server.Source.Location, $"Exchange server {server.Name} ({server.ServerRole})")]);
            }
        }
    }
}
