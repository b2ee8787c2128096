using LyncExchange.Analyzer.Deployment.Topology;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Rules.OAuth;

/// <summary>
/// Lync signs its server-to-server tokens with the global OAuthTokenIssuer certificate; without one, or with Front
/// Ends holding different ones, Exchange rejects the tokens.
/// </summary>
[Rule("LXA0505", RuleCategory.OAuth, DiagnosticSeverity.Error,
    Title = "Lync OAuthTokenIssuer certificate missing or not the same on all Front Ends",
    Message = "{0}; server-to-server authentication with Exchange fails.",
    HelpUri = "https://technet.microsoft.com/library/jj205253(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step4"])]
internal sealed partial class LXA0505OAuthTokenIssuerCertificateMissingOrInconsistent : IntegrationRule
{
    private const string Fix = "$x=(Get-CsCertificate -Type Default).Thumbprint; Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint $x";

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
        [EvidenceRequirement.Cmdlet("Get-CsCertificate", "Get-CsCertificate | Export-Clixml \"$env:COMPUTERNAME`_Get-CsCertificate.xml\" (on each Front End)")];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        var certificates = deployment.All<CsCertificate>().ToList();
        if (certificates.Any(c => c.Source.IsTruncated("Use") || c.Source.IsTruncated("Thumbprint")))
        {
            return;
        }

        var byServer = certificates
            .GroupBy(c => DumpOrigin.ServerOf(c.Server, c.Source.Path), StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var issuers = certificates.Where(IsTokenIssuer).ToList();

        if (issuers.Count == 0 && certificates.Count > 0 && !certificates.Any(IsFrontEndCertificate))
        {
            // Only Edge (or other non-Front-End) dumps: the token issuer lives on the Front Ends, which were not dumped.
            return;
        }

        if (issuers.Count == 0)
        {
            context.ReportFinding(
                certificates.Count > 0 ? certificates[0].Source.Location : IntegrationFacts.CollectionLocation(deployment, "Get-CsCertificate"),
                "CsCertificate:OAuthTokenIssuer",
                ["No OAuthTokenIssuer certificate is assigned"],
                fix: Fix,
                properties: [new("expected", "a certificate with Use=OAuthTokenIssuer"), new("actual", "uses: " + string.Join(", ", certificates.Select(c => c.Use).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)))]);
            return;
        }

        // A Front End dump (it has the Default or web services certificates; Edge servers have neither) that lists
        // no token issuer lacks the replicated global certificate.
        foreach (var server in byServer.Where(g => g.Any(IsFrontEndCertificate) && !g.Any(IsTokenIssuer)))
        {
            context.ReportFinding(
                server.First().Source.Location,
                "CsCertificate:OAuthTokenIssuer@" + server.Key,
                [$"No OAuthTokenIssuer certificate is assigned on '{server.Key}' (other Front Ends have {Thumbprint.Normalize(issuers[0].Thumbprint)})"],
                fix: Fix,
                related: [new(issuers[0].Locations.Use, $"OAuthTokenIssuer on '{DumpOrigin.ServerOf(issuers[0].Server, issuers[0].Source.Path)}'")],
                properties: [new("expected", "Use=OAuthTokenIssuer on every Front End"), new("actual", "missing on " + server.Key)]);
        }

        var distinct = issuers
            .Select(c => Thumbprint.Normalize(c.Thumbprint))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (distinct.Count > 1)
        {
            var list = string.Join(", ", issuers
                .Where(c => c.Thumbprint is not null)
                .Select(c => $"{DumpOrigin.ServerOf(c.Server, c.Source.Path)}: {Thumbprint.Normalize(c.Thumbprint)}")
                .Distinct(StringComparer.Ordinal));

            // The majority thumbprint is taken as intended; each Front End holding another one is reported.
            var majority = issuers.GroupBy(c => Thumbprint.Normalize(c.Thumbprint)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            foreach (var odd in issuers.Where(c => Thumbprint.Normalize(c.Thumbprint) is { } t && t != majority))
            {
                context.ReportFinding(
                    ScenarioDependence.At(odd.Locations.Thumbprint, odd.Source.Location),
                    odd.ObjectIdentity,
                    [$"Front Ends use different OAuthTokenIssuer certificates ({list})"],
                    fix: Fix,
                    related: issuers.Where(c => Thumbprint.Normalize(c.Thumbprint) == majority).Take(3).Select(c => new RelatedLocation(c.Locations.Thumbprint, $"{DumpOrigin.ServerOf(c.Server, c.Source.Path)} uses {majority}")),
                    properties: [new("expected", "Thumbprint=" + majority), new("actual", "Thumbprint=" + Thumbprint.Normalize(odd.Thumbprint))]);
            }
        }
    }

    private static bool IsFrontEndCertificate(CsCertificate certificate) =>
        certificate.Use?.Trim() is { } use
        && (use.Equals("Default", StringComparison.OrdinalIgnoreCase) || use.StartsWith("WebServices", StringComparison.OrdinalIgnoreCase));

    internal static bool IsTokenIssuer(CsCertificate certificate) =>
        string.Equals(certificate.Use?.Trim(), "OAuthTokenIssuer", StringComparison.OrdinalIgnoreCase);
}
