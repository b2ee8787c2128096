using System.Text.RegularExpressions;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Rules.OAuth;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules.Hybrid;

/// <summary>
/// KB 2614242 step 6 / JJ204990: on-premises Lync must trust the Office 365 authorization server (<c>microsoft.sts</c>),
/// have Exchange Online as a partner application through it, and use Lync's well-known service name. Each missing
/// or wrong piece is its own finding. Whether the certificate was registered on the service principals is not
/// visible in on-premises dumps.
/// </summary>
[Rule("LXA0604", RuleCategory.Hybrid, DiagnosticSeverity.Error,
    Title = "On-prem Lync does not trust the Office 365 authorization server",
    Message = "Server-to-server trust with Office 365 incomplete: {0}; OWA will not offer Online Meeting scheduling and Exchange Online cannot call Lync.",
    HelpUri = "https://technet.microsoft.com/library/jj204990(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step6"])]
internal sealed partial class LXA0604Office365AuthorizationServerNotTrusted : IntegrationRule
{
    private static readonly Regex AcsMetadataUrl = new(
        @"^https://accounts\.accesscontrol\.windows\.net/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/metadata/json/1/?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(1));

    private static readonly Regex TenantGuid = new(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.Cmdlet("Get-CsOAuthServer"),
        EvidenceRequirement.Cmdlet("Get-CsPartnerApplication"),
        EvidenceRequirement.Cmdlet("Get-CsOAuthConfiguration"),
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        if (deployment.Scenario.Scenario == LyncScenario.LyncServerOnly && !deployment.Scenario.HasExchangeOnlineMailboxes)
        {
            // Lync Server only with on-premises mailboxes: no Office 365 party to trust.
            return;
        }

        var tenant = TenantId(deployment);
        var createServer = $"New-CsOAuthServer microsoft.sts -MetadataUrl \"https://accounts.accesscontrol.windows.net/{tenant}/metadata/json/1\"";
        var createApplication = $"New-CsPartnerApplication -Identity microsoft.exchange -ApplicationIdentifier {IntegrationFacts.ExchangeApplicationId} -ApplicationTrustLevel Full -UseOAuthServer";
        var setServiceName = $"Set-CsOAuthConfiguration -ServiceName {IntegrationFacts.LyncApplicationId}";
        const string principals = "then register the OAuthTokenIssuer certificate on the Office 365 service principals (New-MsolServicePrincipalCredential …; not visible in on-premises dumps)";

        CheckOAuthServer(context, deployment, createServer + "; " + principals);
        CheckPartnerApplication(context, deployment, createApplication + "; " + principals);

        foreach (var configuration in deployment.All<CsOAuthConfiguration>())
        {
            if (!configuration.Source.IsPresent("ServiceName") || configuration.Source.IsTruncated("ServiceName"))
            {
                continue;
            }

            var name = configuration.ServiceName?.Trim();
            if (!string.Equals(name, IntegrationFacts.LyncApplicationId, StringComparison.OrdinalIgnoreCase))
            {
                context.ReportFinding(
                    ScenarioDependence.At(configuration.Locations.ServiceName, configuration.Source.Location),
                    configuration.ObjectIdentity,
                    [$"OAuth configuration ServiceName is '{(string.IsNullOrEmpty(name) ? "(empty)" : name)}', expected {IntegrationFacts.LyncApplicationId}"],
                    fix: setServiceName,
                    properties: [new("expected", "ServiceName=" + IntegrationFacts.LyncApplicationId), new("actual", "ServiceName=" + (name ?? "(empty)"))]);
            }
        }
    }

    private static void CheckOAuthServer(RuleContext context, DeploymentModel deployment, string fix)
    {
        var servers = deployment.All<CsOAuthServer>().ToList();
        if (servers.Any(s => s.Source.IsTruncated("MetadataUrl")))
        {
            return;
        }

        // The conventional name is microsoft.sts; a server under another name that points at Office 365 is accepted [pk].
        var sts = servers.FirstOrDefault(s => string.Equals(s.Identity?.Trim(), "microsoft.sts", StringComparison.OrdinalIgnoreCase))
            ?? servers.FirstOrDefault(s => PointsToOffice365(s.MetadataUrl));
        if (sts is null)
        {
            var present = servers.Count == 0 ? "none" : string.Join(", ", servers.Select(s => $"'{s.Identity}' ({s.MetadataUrl})"));
            context.ReportFinding(
                IntegrationFacts.CollectionLocation(deployment, "Get-CsOAuthServer"),
                "CsOAuthServer:microsoft.sts",
                [$"no OAuth server 'microsoft.sts' (OAuth servers in the dump: {present})"],
                fix: fix,
                properties: [new("expected", "OAuth server microsoft.sts at https://accounts.accesscontrol.windows.net/<tenant GUID>/metadata/json/1"), new("actual", present)]);
            return;
        }

        var url = sts.MetadataUrl?.Trim();
        if (url is null || !AcsMetadataUrl.IsMatch(url))
        {
            context.ReportFinding(
                ScenarioDependence.At(sts.Locations.MetadataUrl, sts.Source.Location),
                sts.ObjectIdentity,
                [$"OAuth server '{sts.Identity}' has MetadataUrl '{url ?? "(empty)"}', expected https://accounts.accesscontrol.windows.net/<tenant GUID>/metadata/json/1"],
                fix: $"Set-CsOAuthServer -Identity '{sts.Identity}' -MetadataUrl \"https://accounts.accesscontrol.windows.net/{TenantId(deployment)}/metadata/json/1\"",
                properties: [new("expected", "MetadataUrl=https://accounts.accesscontrol.windows.net/<tenant GUID>/metadata/json/1"), new("actual", "MetadataUrl=" + (url ?? "(empty)"))]);
        }
    }

    private static void CheckPartnerApplication(RuleContext context, DeploymentModel deployment, string fix)
    {
        var applications = deployment.All<CsPartnerApplication>().ToList();
        if (applications.Any(a => a.Source.IsTruncated("AuthToken") || a.Source.IsTruncated("ApplicationIdentifier")))
        {
            return;
        }

        bool IsExchangeOnlineId(CsPartnerApplication a) => string.Equals(a.ApplicationIdentifier?.Trim(), IntegrationFacts.ExchangeApplicationId, StringComparison.OrdinalIgnoreCase);
        bool IsFullTrust(CsPartnerApplication a) => a.ApplicationTrustLevel is null || a.ApplicationTrustLevel.Trim().Equals("Full", StringComparison.OrdinalIgnoreCase);
        if (applications.Any(a => a.UsesOAuthServer && IsExchangeOnlineId(a) && IsFullTrust(a) && a.Enabled != false))
        {
            return;
        }

        // Judge the application meant for Exchange Online: one that uses the OAuth server, else the one named microsoft.exchange.
        var candidate = applications.FirstOrDefault(a => a.UsesOAuthServer && (IsExchangeOnlineId(a) || IsNamedMicrosoftExchange(a)))
            ?? applications.FirstOrDefault(IsNamedMicrosoftExchange);
        if (candidate is null)
        {
            context.ReportFinding(
                IntegrationFacts.CollectionLocation(deployment, "Get-CsPartnerApplication"),
                "CsPartnerApplication:microsoft.exchange",
                [$"no partner application 'microsoft.exchange' for Exchange Online ({IntegrationFacts.ExchangeApplicationId}, -UseOAuthServer)"],
                fix: fix,
                properties: [new("expected", $"partner application microsoft.exchange, ApplicationIdentifier {IntegrationFacts.ExchangeApplicationId}, UseOAuthServer, Full"), new("actual", "missing")]);
            return;
        }

        var id = candidate.Identity ?? candidate.Name ?? "?";
        var problems = new List<(string Detail, DumpLocation Location)>();
        if (!IsExchangeOnlineId(candidate))
        {
            problems.Add(($"partner application '{id}' has ApplicationIdentifier '{candidate.ApplicationIdentifier ?? "(empty)"}', expected {IntegrationFacts.ExchangeApplicationId}", candidate.Locations.ApplicationIdentifier));
        }

        if (!IsFullTrust(candidate))
        {
            problems.Add(($"partner application '{id}' has ApplicationTrustLevel {candidate.ApplicationTrustLevel!.Trim()}, expected Full", candidate.Locations.ApplicationTrustLevel));
        }

        if (!candidate.UsesOAuthServer)
        {
            problems.Add(($"partner application '{id}' does not use the OAuth server (AuthToken {candidate.AuthToken ?? "(empty)"}); Exchange Online is trusted through microsoft.sts", candidate.Locations.AuthToken));
        }

        if (candidate.Enabled == false)
        {
            problems.Add(($"partner application '{id}' has Enabled=False", candidate.Locations.Enabled));
        }

        foreach (var (detail, location) in problems)
        {
            context.ReportFinding(
                ScenarioDependence.At(location, candidate.Source.Location),
                candidate.ObjectIdentity,
                [detail],
                fix: candidate.UsesOAuthServer
                    ? $"Set-CsPartnerApplication -Identity '{id}' -ApplicationTrustLevel Full -Enabled $true"
                    : fix,
                properties: [new("expected", $"ApplicationIdentifier {IntegrationFacts.ExchangeApplicationId}, UseOAuthServer, ApplicationTrustLevel Full")]);
        }
    }

    private static bool IsNamedMicrosoftExchange(CsPartnerApplication application) =>
        string.Equals(application.Identity?.Trim(), "microsoft.exchange", StringComparison.OrdinalIgnoreCase);

    /// <summary>formats.md §1.5: both ACS and the older sts.office365.microsoft.com metadata hosts mean Office 365.</summary>
    private static bool PointsToOffice365(string? url) =>
        IntegrationFacts.HostOf(url) is { } host
        && (host.Equals("accounts.accesscontrol.windows.net", StringComparison.OrdinalIgnoreCase) || host.Equals("sts.office365.microsoft.com", StringComparison.OrdinalIgnoreCase));

    /// <summary>The tenant id for the fix: from the ACS URL Lync or Exchange already use, else the script's <c>$TenantId</c>.</summary>
    private static string TenantId(DeploymentModel deployment)
    {
        var candidates = deployment.All<CsOAuthServer>().Select(s => s.MetadataUrl)
            .Concat(deployment.All<AuthServer>().Select(s => s.Realm))
            .Concat(deployment.All<AuthServer>().Select(s => s.TokenIssuingEndpoint?.ToString()));
        foreach (var text in candidates)
        {
            if (text is not null && TenantGuid.Match(text) is { Success: true } match)
            {
                return match.Value.ToLowerInvariant();
            }
        }

        return "$TenantId";
    }
}
