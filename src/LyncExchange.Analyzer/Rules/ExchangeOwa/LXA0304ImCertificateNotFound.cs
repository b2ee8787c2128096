using LyncExchange.Analyzer.Deployment.Topology;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Rules.ExchangeOwa;

/// <summary>The IMCertificateThumbprint in web.config names no certificate of that server, or one without its private key.</summary>
[Rule("LXA0304", RuleCategory.ExchangeOwa, DiagnosticSeverity.Error,
    Title = "IM certificate not found or unusable",
    Message = "IMCertificateThumbprint {0} on {1} {2} (Exchange: \"{3}\").",
    HelpUri = "https://technet.microsoft.com/library/ms.exch.scom.owa.protocol.dep(v=EXCHG.150)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step5"])]
internal sealed partial class LXA0304ImCertificateNotFound : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.Records<OwaWebConfig>("no OWA web.config from a Mailbox server", OwaEvidence.WebConfigCommand),
        EvidenceRequirement.Cmdlet("Get-ExchangeCertificate", OwaEvidence.CertificateCommand),
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var topology = ExchangeTopology.Of(context.Deployment);
        foreach (var webConfig in topology.WebConfigs.Where(w => Thumbprint.Normalize(w.IMCertificateThumbprint) is not null))
        {
            var server = webConfig.Server ?? "(unnamed server)";
            var certificates = topology.CertificatesOf(webConfig.Server).ToList();
            var match = ImCertificate.Find(certificates, webConfig.IMCertificateThumbprint);
            var fix = $"Get-ExchangeCertificate -Server {server} | Format-List Thumbprint,Subject,CertificateDomains,HasPrivateKey,NotAfter; set IMCertificateThumbprint in web.config to a valid one; {OwaEvidence.RecycleOwaPool}";
            if (match is null)
            {
                context.Report(
                    webConfig.Locations.IMCertificateThumbprint,
                    webConfig.ObjectIdentity,
                    [webConfig.IMCertificateThumbprint, server, "is not in the server's certificate store", "IM Certificate with thumbprint ... could not be found"],
                    fix: fix,
                    related: certificates.Take(5).Select(c => new RelatedLocation(c.Source.Location, $"certificate {c.Thumbprint} ({c.Subject})")));
            }
            else if (match.HasPrivateKey == false)
            {
                context.Report(
                    webConfig.Locations.IMCertificateThumbprint,
                    webConfig.ObjectIdentity,
                    [webConfig.IMCertificateThumbprint, server, "has no private key", "IM Certificate does not have a private key"],
                    fix: fix,
                    related: [new RelatedLocation(match.Locations.HasPrivateKey, "HasPrivateKey : False")]);
            }
        }
    }
}
