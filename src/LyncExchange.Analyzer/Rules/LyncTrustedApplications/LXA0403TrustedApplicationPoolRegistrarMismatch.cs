using LyncExchange.Analyzer.Deployment.Topology;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Rules.LyncTrustedApplications;

/// <summary>The OWA trusted application pool is registered on a different Lync pool than the one web.config's IMServerName names.</summary>
[Rule("LXA0403", RuleCategory.LyncTrustedApplications, DiagnosticSeverity.Warning,
    Title = "OWA trusted application pool bound to a different registrar than IMServerName",
    Message = "Trusted application pool '{0}' uses registrar '{1}' but OWA's IMServerName is '{2}'.",
    HelpUri = "https://technet.microsoft.com/library/jj688055(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step5"])]
internal sealed partial class LXA0403TrustedApplicationPoolRegistrarMismatch : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.Cmdlet("Get-CsTrustedApplicationPool"),
        EvidenceRequirement.Records<OwaWebConfig>("no OWA web.config from a Mailbox server", ExchangeOwa.OwaEvidence.WebConfigCommand),
        EvidenceRequirement.Cmdlet("Get-ExchangeServer"),
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var exchange = ExchangeTopology.Of(context.Deployment);
        var lync = LyncTopology.Of(context.Deployment);
        foreach (var server in exchange.Mailbox2013Servers.Where(s => s.Fqdn is not null))
        {
            var imServer = exchange.WebConfigOf(server)?.IMServerName?.Trim();
            if (string.IsNullOrEmpty(imServer))
            {
                continue;
            }

            foreach (var pool in lync.PoolsContaining(server.Fqdn!))
            {
                if (pool.RegistrarFqdn is not { } registrar || HostName.AreEqual(registrar, imServer))
                {
                    continue;
                }

                context.Report(
                    pool.Locations.Registrar,
                    pool.ObjectIdentity,
                    [pool.Fqdn, registrar, imServer],
                    fix: $"Set-CsTrustedApplicationPool -Identity '{pool.Fqdn}' -Registrar {imServer}   # or set IMServerName to {registrar} in web.config",
                    related: [new RelatedLocation(exchange.WebConfigOf(server)!.Locations.IMServerName, $"IMServerName on {server.Name}")]);
            }
        }
    }
}
