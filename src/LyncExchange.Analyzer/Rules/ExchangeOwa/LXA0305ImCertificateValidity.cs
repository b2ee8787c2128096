using System.Globalization;
using LyncExchange.Analyzer.Deployment.Topology;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Rules.ExchangeOwa;

/// <summary>The IM certificate has expired, is not valid yet, or expires within 30 days of the dump.</summary>
[Rule("LXA0305", RuleCategory.ExchangeOwa, DiagnosticSeverity.Error,
    Title = "IM certificate expired, not yet valid, or expiring",
    Message = "IM certificate {0} on {1} {2} {3}{4}.",
    HelpUri = "https://technet.microsoft.com/library/ms.exch.scom.owa.protocol.dep(v=EXCHG.150)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step5"])]
internal sealed partial class LXA0305ImCertificateValidity : IntegrationRule
{
    private static readonly TimeSpan ExpiryWarning = TimeSpan.FromDays(30);

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.Records<OwaWebConfig>("no OWA web.config from a Mailbox server", OwaEvidence.WebConfigCommand),
        EvidenceRequirement.Cmdlet("Get-ExchangeCertificate", OwaEvidence.CertificateCommand),
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var topology = ExchangeTopology.Of(context.Deployment);
        var now = context.DumpTime.UtcDateTime;
        foreach (var webConfig in topology.WebConfigs)
        {
            if (ImCertificate.Find(topology.CertificatesOf(webConfig.Server), webConfig.IMCertificateThumbprint) is not { } certificate)
            {
                continue;
            }

            var server = webConfig.Server ?? "(unnamed server)";
            var fix = $"Renew the certificate (New-ExchangeCertificate or a CA request, then Import-ExchangeCertificate -Server {server}), set IMCertificateThumbprint in web.config to the new thumbprint, then {OwaEvidence.RecycleOwaPool}";
            var related = new[] { new RelatedLocation(webConfig.Locations.IMCertificateThumbprint, "IMCertificateThumbprint in web.config") };
            if (certificate.NotAfter is { } notAfter && DateTime.SpecifyKind(notAfter, DateTimeKind.Utc) < now)
            {
                Report(context, certificate, certificate.Locations.NotAfter, server, "expired on", notAfter, fix, related, DiagnosticSeverity.Error);
            }
            else if (certificate.NotBefore is { } notBefore && DateTime.SpecifyKind(notBefore, DateTimeKind.Utc) > now)
            {
                Report(context, certificate, certificate.Locations.NotBefore, server, "is valid only from", notBefore, fix, related, DiagnosticSeverity.Error);
            }
            else if (certificate.NotAfter is { } soon && DateTime.SpecifyKind(soon, DateTimeKind.Utc) - now < ExpiryWarning)
            {
                Report(context, certificate, certificate.Locations.NotAfter, server, "expires on", soon, fix, related, DiagnosticSeverity.Warning);
            }
        }
    }

    private static void Report(RuleContext context, ExchangeCertificate certificate, Text.DumpLocation location, string server, string what, DateTime when, string fix, RelatedLocation[] related, DiagnosticSeverity severity) =>
        context.Report(
            location,
            certificate.ObjectIdentity,
            [certificate.Thumbprint, server, what, when.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), context.DumpTimeNote],
            fix: fix,
            related: related,
            severity: severity);
}
