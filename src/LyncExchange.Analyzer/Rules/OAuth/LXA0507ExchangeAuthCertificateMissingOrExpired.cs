using LyncExchange.Analyzer.Deployment.Topology;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Rules.OAuth;

/// <summary>
/// Exchange signs server-to-server tokens with the certificate <c>Get-AuthConfig</c> names (the self-signed
/// "Microsoft Exchange Server Auth Certificate", JJ721919). It must be installed on every Exchange 2013 server and valid.
/// </summary>
[Rule("LXA0507", RuleCategory.OAuth, DiagnosticSeverity.Error,
    Title = "Exchange Auth certificate missing or expired",
    Message = "Exchange Auth certificate {0} {1}; OAuth with Lync (and OWA/ECP) fails.",
    HelpUri = "https://support.microsoft.com/help/3089171",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step4"])]
internal sealed partial class LXA0507ExchangeAuthCertificateMissingOrExpired : IntegrationRule
{
    private const int WarningDays = 60;

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.Cmdlet("Get-AuthConfig"),
        EvidenceRequirement.Cmdlet("Get-ExchangeCertificate", "Get-ExchangeServer | ForEach-Object { Get-ExchangeCertificate -Server $_.Name | Format-List * | Out-File -Encoding utf8 \"$($_.Name)_Get-ExchangeCertificate.txt\" }"),
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        var now = AnalysisTime.Now(deployment);
        var certificates = deployment.All<ExchangeCertificate>().ToList();
        foreach (var config in deployment.All<AuthConfig>())
        {
            if (config.Source.IsTruncated("CurrentCertificateThumbprint") || !config.Source.IsPresent("CurrentCertificateThumbprint"))
            {
                continue;
            }

            var current = Thumbprint.Normalize(config.CurrentCertificateThumbprint);
            var newCertificate = "New-ExchangeCertificate -KeySize 2048 -PrivateKeyExportable $true -SubjectName \"cn=Microsoft Exchange Server Auth Certificate\" -FriendlyName \"Microsoft Exchange Server Auth Certificate\" -DomainName @()";
            var fix = $"{newCertificate}; Set-AuthConfig -NewCertificateThumbprint <new-thumbprint> -NewCertificateEffectiveDate (Get-Date); Set-AuthConfig -PublishCertificate; Set-AuthConfig -ClearPreviousCertificate; iisreset";
            var configLocation = ScenarioDependence.At(config.Locations.CurrentCertificateThumbprint, config.Source.Location);
            if (current is null)
            {
                context.ReportFinding(configLocation, config.ObjectIdentity, ["(none)", "is not configured (CurrentCertificateThumbprint is empty)"], fix: fix,
                    properties: [new("expected", "CurrentCertificateThumbprint set"), new("actual", "CurrentCertificateThumbprint=(empty)")]);
                continue;
            }

            // Certificates per server; a server whose dump lost thumbprints (CliXml keeps only RawData) cannot be judged.
            var byServer = certificates
                .GroupBy(c => DumpOrigin.ServerOf(c.Server, c.Source.Path), StringComparer.OrdinalIgnoreCase)
                .Where(g => g.All(c => c.Thumbprint is not null && !c.Source.IsTruncated("Thumbprint")))
                .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .ToList();
            var matches = certificates.Where(c => Thumbprint.AreEqual(c.Thumbprint, current)).ToList();
            var lacking = byServer.Where(g => !g.Any(c => Thumbprint.AreEqual(c.Thumbprint, current))).ToList();
            lacking = [.. lacking.Where(g => IsExchange2013ServerOrUnknown(deployment, g.Key))];
            if (lacking.Count > 0)
            {
                var servers = string.Join(", ", lacking.Select(g => g.Key));
                context.ReportFinding(
                    configLocation,
                    config.ObjectIdentity,
                    [current, $"is not installed on {servers}"],
                    fix: matches.Count > 0
                        ? $"Export-ExchangeCertificate -Thumbprint {current} -BinaryEncoded -Password (Read-Host -AsSecureString) -FileName auth.pfx   # on {DumpOrigin.ServerOf(matches[0].Server, matches[0].Source.Path)}, then Import-ExchangeCertificate -FileData ([IO.File]::ReadAllBytes('auth.pfx')) -Password ... on {servers}; or: {fix}"
                        : fix,
                    related: lacking.Select(g => new RelatedLocation(g.First().Source.Location, $"certificates of {g.Key}: {string.Join(", ", g.Select(c => Thumbprint.Normalize(c.Thumbprint)))}")),
                    properties: [new("expected", $"certificate {current} on every Exchange 2013 server"), new("actual", "missing on " + servers)]);
            }

            var installed = matches.FirstOrDefault(c => c.NotAfter is not null);
            if (installed?.NotAfter is not { } notAfter)
            {
                continue;
            }

            var expires = AnalysisTime.AsComparable(notAfter);
            var related = new[] { new RelatedLocation(installed.Locations.NotAfter, $"certificate {current} NotAfter {AnalysisTime.Format(notAfter)}") };
            if (expires < now)
            {
                context.ReportFinding(
                    ScenarioDependence.At(installed.Locations.NotAfter, installed.Source.Location),
                    installed.ObjectIdentity,
                    [current, $"expired on {AnalysisTime.Format(notAfter)} {AnalysisTime.CaveatFor(deployment)}"],
                    fix: fix,
                    related: [new(configLocation, "Get-AuthConfig CurrentCertificateThumbprint")],
                    properties: [new("expected", "NotAfter in the future"), new("actual", "NotAfter=" + AnalysisTime.Format(notAfter))]);
            }
            else if (expires < now.AddDays(WarningDays) && Thumbprint.Normalize(config.NextCertificateThumbprint) is null)
            {
                context.ReportFinding(
                    configLocation,
                    config.ObjectIdentity,
                    [current, $"expires on {AnalysisTime.Format(notAfter)}, within {WarningDays} days, and no NextCertificateThumbprint is staged {AnalysisTime.CaveatFor(deployment)}"],
                    fix: fix,
                    severity: DiagnosticSeverity.Warning,
                    related: related,
                    properties: [new("expected", $"NotAfter more than {WarningDays} days ahead or NextCertificateThumbprint staged"), new("actual", "NotAfter=" + AnalysisTime.Format(notAfter) + ", NextCertificateThumbprint=(empty)")]);
            }
        }
    }

    /// <summary>Only Exchange 2013 servers must hold the certificate; a dump origin that names no known server is judged.</summary>
    private static bool IsExchange2013ServerOrUnknown(Deployment.DeploymentModel deployment, string origin)
    {
        var server = deployment.All<ExchangeServer>().FirstOrDefault(s => DumpOrigin.Names(origin, s.Name, s.Fqdn));
        return server is null || server.AdminDisplayVersion is null || server.AdminDisplayVersion.Trim().StartsWith("Version 15", StringComparison.OrdinalIgnoreCase);
    }
}
