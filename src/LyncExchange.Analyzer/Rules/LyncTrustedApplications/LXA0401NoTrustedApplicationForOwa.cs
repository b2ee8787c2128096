using LyncExchange.Analyzer.Deployment.Topology;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Rules.LyncTrustedApplications;

/// <summary>
/// OWA IM is configured on Exchange but no Lync trusted application pool (or no application in it) covers the Exchange
/// 2013 Mailbox servers, so Lync rejects OWA's IM connection.
/// </summary>
[Rule("LXA0401", RuleCategory.LyncTrustedApplications, DiagnosticSeverity.Error,
    Title = "No trusted application pool/application for Exchange OWA",
    Message = "No Lync trusted application {0} covers Exchange server(s) {1}; Lync will reject OWA's IM connection.",
    HelpUri = "https://technet.microsoft.com/library/jj688055(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step5"])]
internal sealed partial class LXA0401NoTrustedApplicationForOwa : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.Cmdlet("Get-CsTrustedApplicationPool"),
        EvidenceRequirement.Cmdlet("Get-CsTrustedApplication"),
        EvidenceRequirement.Cmdlet("Get-ExchangeServer"),
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var exchange = ExchangeTopology.Of(context.Deployment);
        var lync = LyncTopology.Of(context.Deployment);
        if (!exchange.OwaImConfigured)
        {
            return;
        }

        var servers = exchange.Mailbox2013Servers.Where(s => s.Fqdn is not null).ToList();
        if (servers.Count == 0)
        {
            return;
        }

        // JJ204857 names the CAS FQDN (an Exchange 2010 leftover); on Exchange 2013 the Mailbox servers are what
        // matters, so a pool counts when it contains any of them.
        var covered = servers.Where(s => lync.PoolsContaining(s.Fqdn!).Any()).ToList();
        var registrar = lync.RegistrarPools.FirstOrDefault()?.PoolFqdn ?? "<lync pool fqdn>";
        var site = lync.RegistrarPools.FirstOrDefault()?.Site ?? "<site id>";
        var anchor = servers[0];
        if (covered.Count == 0)
        {
            context.Report(
                anchor.Locations.Fqdn.IsNone ? anchor.Source.Location : anchor.Locations.Fqdn,
                anchor.ObjectIdentity,
                ["pool", string.Join(", ", servers.Select(s => s.Fqdn))],
                fix: TrustedApplicationEvidence.CreatePoolAndApplication(anchor.Fqdn!, registrar, site),
                related: lync.TrustedApplicationPools.Take(5).Select(p => new RelatedLocation(p.Source.Location, $"trusted application pool {p.Fqdn}")));
            return;
        }

        foreach (var pool in covered.SelectMany(s => lync.PoolsContaining(s.Fqdn!)).Distinct())
        {
            if (!lync.ApplicationsOf(pool).Any())
            {
                context.Report(
                    pool.Source.Location,
                    pool.ObjectIdentity,
                    ["application", string.Join(", ", covered.Where(s => lync.PoolsContaining(s.Fqdn!).Contains(pool)).Select(s => s.Fqdn))],
                    fix: $"New-CsTrustedApplication -ApplicationId OutlookWebApp -TrustedApplicationPoolFqdn {pool.Fqdn} -Port 5199; Enable-CsTopology");
            }
        }

        var missing = servers.Except(covered).ToList();
        if (missing.Count > 0)
        {
            var pool = lync.PoolsContaining(covered[0].Fqdn!).First();
            context.Report(
                missing[0].Locations.Fqdn.IsNone ? missing[0].Source.Location : missing[0].Locations.Fqdn,
                missing[0].ObjectIdentity,
                ["pool", string.Join(", ", missing.Select(s => s.Fqdn))],
                severity: DiagnosticSeverity.Warning,
                fix: string.Join("; ", missing.Select(s => $"New-CsTrustedApplicationComputer -Identity {s.Fqdn} -Pool {pool.Fqdn}")) + "; Enable-CsTopology",
                related: [new RelatedLocation(pool.Source.Location, $"trusted application pool {pool.Fqdn}")]);
        }
    }
}
