using LyncExchange.Analyzer.Deployment.Topology;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Rules.ExchangeOwa;

/// <summary>
/// The IM certificate names neither the Exchange server's FQDN nor the OWA trusted application pool's FQDN, so Lync
/// refuses the mutual-TLS connection from OWA.
/// </summary>
[Rule("LXA0307", RuleCategory.ExchangeOwa, DiagnosticSeverity.Error,
    Title = "IM certificate names don't cover the Exchange server or trusted-application pool FQDN",
    Message = "IM certificate {0} on {1} names {2}; it must contain '{3}' so Lync accepts the MTLS connection.",
    HelpUri = "https://technet.microsoft.com/library/jj688055(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step5"])]
internal sealed partial class LXA0307ImCertificateNamesDoNotCoverServer : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.Records<OwaWebConfig>("no OWA web.config from a Mailbox server", OwaEvidence.WebConfigCommand),
        EvidenceRequirement.Cmdlet("Get-ExchangeCertificate", OwaEvidence.CertificateCommand),
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var exchange = ExchangeTopology.Of(context.Deployment);
        var lync = LyncTopology.Of(context.Deployment);
        foreach (var webConfig in exchange.WebConfigs)
        {
            if (ImCertificate.Find(exchange.CertificatesOf(webConfig.Server), webConfig.IMCertificateThumbprint) is not { } certificate)
            {
                continue;
            }

            var names = ImCertificate.NamesOf(certificate);
            var server = exchange.ServerNamed(webConfig.Server);
            var serverFqdn = server?.Fqdn;
            var poolFqdns = serverFqdn is null ? [] : lync.PoolsContaining(serverFqdn).Select(p => p.Fqdn).OfType<string>().ToList();
            var required = poolFqdns.Concat(serverFqdn is null ? [] : [serverFqdn]).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (required.Count == 0 || names.Count == 0)
            {
                // Without the server's FQDN (no Get-ExchangeServer) or the certificate's names there is nothing to compare.
                continue;
            }

            if (required.Any(host => names.Any(name => HostName.IsCoveredBy(host, name))))
            {
                continue;
            }

            context.Report(
                certificate.Locations.CertificateDomains.IsNone ? certificate.Locations.Subject : certificate.Locations.CertificateDomains,
                certificate.ObjectIdentity,
                [certificate.Thumbprint, webConfig.Server ?? "?", string.Join(", ", names), string.Join("' or '", required)],
                fix: $"Issue a certificate from the internal CA with subject/SAN {string.Join(", ", required)}; Enable-ExchangeCertificate -Server {webConfig.Server} -Thumbprint <new> -Services IIS,UM,UMCallRouter; update IMCertificateThumbprint in web.config; {OwaEvidence.RecycleOwaPool}",
                related: [new RelatedLocation(webConfig.Locations.IMCertificateThumbprint, "IMCertificateThumbprint in web.config")]);
        }
    }
}
