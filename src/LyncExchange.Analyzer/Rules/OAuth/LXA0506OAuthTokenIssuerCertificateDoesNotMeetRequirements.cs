using LyncExchange.Analyzer.Deployment.Topology;
using LyncExchange.Analyzer.Deployment.Domains;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Rules.OAuth;

/// <summary>
/// The OAuthTokenIssuer certificate exists but is expired, not yet valid, about to expire, or names none of the
/// SIP domains (JJ205253/JJ721919), so Exchange will (or soon will) reject Lync's tokens.
/// </summary>
[Rule("LXA0506", RuleCategory.OAuth, DiagnosticSeverity.Error,
    Title = "Lync OAuthTokenIssuer certificate does not meet requirements",
    Message = "OAuthTokenIssuer certificate {0}: {1}.",
    HelpUri = "https://technet.microsoft.com/library/jj205253(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step4"])]
internal sealed partial class LXA0506OAuthTokenIssuerCertificateDoesNotMeetRequirements : IntegrationRule
{
    private const int WarningDays = 30;

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
        [EvidenceRequirement.Cmdlet("Get-CsCertificate", "Get-CsCertificate | Export-Clixml \"$env:COMPUTERNAME`_Get-CsCertificate.xml\" (on each Front End)")];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        var now = AnalysisTime.Now(deployment);
        var sipDomains = IntegrationFacts.SipDomains(deployment);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var certificate in deployment.All<CsCertificate>().Where(LXA0505OAuthTokenIssuerCertificateMissingOrInconsistent.IsTokenIssuer))
        {
            var thumb = Thumbprint.Normalize(certificate.Thumbprint) ?? "(no thumbprint)";
            if (!seen.Add(thumb))
            {
                // The same global certificate dumped on several Front Ends is one finding.
                continue;
            }

            var fix = $"Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint <new-thumbprint> -EffectiveDate (Get-Date).AddDays(1) -Roll   # replaces {thumb}";
            if (certificate.NotAfter is { } notAfter)
            {
                var expires = AnalysisTime.AsComparable(notAfter);
                if (expires < now)
                {
                    Report(context, certificate, thumb, certificate.Locations.NotAfter, $"expired on {AnalysisTime.Format(notAfter)} {AnalysisTime.CaveatFor(deployment)}", fix, DiagnosticSeverity.Error, "NotAfter in the future", "NotAfter=" + AnalysisTime.Format(notAfter));
                }
                else if (expires < now.AddDays(WarningDays))
                {
                    Report(context, certificate, thumb, certificate.Locations.NotAfter, $"expires on {AnalysisTime.Format(notAfter)}, within {WarningDays} days {AnalysisTime.CaveatFor(deployment)}; roll a new certificate before then", fix, DiagnosticSeverity.Warning, $"NotAfter more than {WarningDays} days ahead", "NotAfter=" + AnalysisTime.Format(notAfter));
                }
            }

            if (certificate.NotBefore is { } notBefore && AnalysisTime.AsComparable(notBefore) > now)
            {
                Report(context, certificate, thumb, certificate.Locations.NotBefore, $"is not valid before {AnalysisTime.Format(notBefore)} {AnalysisTime.CaveatFor(deployment)}", fix, DiagnosticSeverity.Error, "NotBefore in the past", "NotBefore=" + AnalysisTime.Format(notBefore));
            }

            if (sipDomains.Count > 0 && !certificate.Source.IsTruncated("AlternativeNames") && (certificate.Subject is not null || !certificate.AlternativeNames.IsEmpty))
            {
                var names = new List<string>();
                if (CertificateNames.CommonName(certificate.Subject) is { } cn)
                {
                    names.Add(cn);
                }

                names.AddRange(certificate.AlternativeNames);
                if (!names.Any(n => sipDomains.Any(d => CertificateNames.Covers(n, d))))
                {
                    Report(
                        context,
                        certificate,
                        thumb,
                        ScenarioDependence.At(certificate.Locations.Subject, certificate.Source.Location),
                        $"neither the Subject nor a subject alternative name ({string.Join(", ", names)}) is in a SIP domain ({string.Join(", ", sipDomains)}); JJ205253 expects the SIP domain in the Subject",
                        fix,
                        DiagnosticSeverity.Warning,
                        "Subject or SAN in a SIP domain",
                        "Subject=" + certificate.Subject);
                }
            }
        }
    }

    private static void Report(RuleContext context, CsCertificate certificate, string thumb, Text.DumpLocation location, string detail, string fix, DiagnosticSeverity severity, string expected, string actual) =>
        context.ReportFinding(
            ScenarioDependence.At(location, certificate.Source.Location),
            certificate.ObjectIdentity,
            [thumb, detail],
            fix: fix,
            severity: severity,
            properties: [new("expected", expected), new("actual", actual)]);
}
