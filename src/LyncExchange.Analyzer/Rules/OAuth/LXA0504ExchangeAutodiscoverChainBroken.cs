using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Rules.OAuth;

/// <summary>
/// Lync finds Exchange for OAuth, UCS and archiving through <c>ExchangeAutodiscoverUrl</c> (which must be the
/// <c>autodiscover.svc</c> endpoint, JJ721919) and Exchange's internal autodiscover URIs; a gap anywhere breaks the chain.
/// </summary>
[Rule("LXA0504", RuleCategory.OAuth, DiagnosticSeverity.Error,
    Title = "Exchange autodiscover chain for Lync OAuth broken",
    Message = "{0}; Lync uses ExchangeAutodiscoverUrl (autodiscover.svc) to locate Exchange for OAuth, UCS and archiving.",
    HelpUri = "https://technet.microsoft.com/library/jj721919(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step4"])]
internal sealed partial class LXA0504ExchangeAutodiscoverChainBroken : IntegrationRule
{
    private const string SvcPath = "/autodiscover/autodiscover.svc";

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.Cmdlet("Get-CsOAuthConfiguration"),
        IntegrationFacts.ExchangeMailboxEvidence,
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        if (!IntegrationFacts.LyncUsersHaveExchange2013Mailboxes(deployment, out _))
        {
            // "with Exchange 2013 on-prem": Exchange Online mailboxes are found through the OAuth server, not this URL.
            return;
        }

        var domain = IntegrationFacts.AutodiscoverDomain(deployment);
        var setOAuth = $"Set-CsOAuthConfiguration -ExchangeAutodiscoverUrl \"https://autodiscover.{domain}/autodiscover/autodiscover.svc\"";
        var setCas = $"Get-ClientAccessServer | Set-ClientAccessServer -AutoDiscoverServiceInternalUri \"https://autodiscover.{domain}/autodiscover/autodiscover.xml\"";
        var servers = deployment.All<ClientAccessServer>().ToList();

        foreach (var configuration in deployment.All<CsOAuthConfiguration>())
        {
            if (configuration.Source.IsTruncated("ExchangeAutodiscoverUrl") || !configuration.Source.IsPresent("ExchangeAutodiscoverUrl"))
            {
                continue;
            }

            var url = configuration.ExchangeAutodiscoverUrl?.Trim();
            var location = ScenarioDependence.At(configuration.Locations.ExchangeAutodiscoverUrl, configuration.Source.Location);
            if (string.IsNullOrEmpty(url))
            {
                Report(context, configuration, location, "ExchangeAutodiscoverUrl is empty", setOAuth, "(empty)");
                continue;
            }

            var path = IntegrationFacts.PathOf(url) ?? url;
            if (path.EndsWith("autodiscover.xml", StringComparison.OrdinalIgnoreCase))
            {
                Report(context, configuration, location, $"ExchangeAutodiscoverUrl '{url}' points to autodiscover.xml; JJ721919 requires the autodiscover.svc endpoint", setOAuth, url);
                continue;
            }

            if (!path.TrimEnd('/').EndsWith(SvcPath, StringComparison.OrdinalIgnoreCase))
            {
                Report(context, configuration, location, $"ExchangeAutodiscoverUrl '{url}' does not end with {SvcPath}", setOAuth, url);
                continue;
            }

            var host = IntegrationFacts.HostOf(url);
            var casHosts = servers.Select(s => s.AutoDiscoverServiceInternalUri?.Host).OfType<string>().ToList();
            var smtpHosts = IntegrationFacts.SmtpDomains(deployment).Select(d => "autodiscover." + d).ToList();
            if (host is not null && (casHosts.Count > 0 || smtpHosts.Count > 0)
                && !casHosts.Concat(smtpHosts).Any(h => IntegrationFacts.SameHost(h, host)))
            {
                var known = string.Join(", ", casHosts.Concat(smtpHosts).Distinct(StringComparer.OrdinalIgnoreCase));
                Report(
                    context,
                    configuration,
                    location,
                    $"ExchangeAutodiscoverUrl host '{host}' matches neither a Client Access server's AutoDiscoverServiceInternalUri nor autodiscover.<SMTP domain> ({known})",
                    setOAuth,
                    url,
                    DiagnosticSeverity.Warning,
                    servers.Where(s => s.AutoDiscoverServiceInternalUri is not null).Take(3).Select(s => new RelatedLocation(s.Locations.AutoDiscoverServiceInternalUri, $"{s.Name ?? s.Identity}: AutoDiscoverServiceInternalUri {s.AutoDiscoverServiceInternalUri}")));
            }
        }

        foreach (var server in servers)
        {
            if (server.AutoDiscoverServiceInternalUri is null && server.Source.IsPresent("AutoDiscoverServiceInternalUri") && !server.Source.IsTruncated("AutoDiscoverServiceInternalUri"))
            {
                var name = server.Name ?? server.Identity ?? "?";
                context.ReportFinding(
                    ScenarioDependence.At(server.Locations.AutoDiscoverServiceInternalUri, server.Source.Location),
                    server.ObjectIdentity,
                    [$"Client Access server '{name}' has a blank AutoDiscoverServiceInternalUri"],
                    fix: $"Set-ClientAccessServer -Identity '{name}' -AutoDiscoverServiceInternalUri \"https://autodiscover.{domain}/autodiscover/autodiscover.xml\"",
                    properties: [new("expected", $"AutoDiscoverServiceInternalUri=https://autodiscover.{domain}/autodiscover/autodiscover.xml"), new("actual", "AutoDiscoverServiceInternalUri=(empty)"), new("fixAll", setCas)]);
            }
        }
    }

    private static void Report(
        RuleContext context,
        CsOAuthConfiguration configuration,
        Text.DumpLocation location,
        string detail,
        string fix,
        string actual,
        DiagnosticSeverity? severity = null,
        IEnumerable<RelatedLocation>? related = null) =>
        context.ReportFinding(
            location,
            configuration.ObjectIdentity,
            [detail],
            fix: fix,
            related: related,
            severity: severity,
            properties: [new("expected", "ExchangeAutodiscoverUrl=https://autodiscover.<domain>/autodiscover/autodiscover.svc"), new("actual", "ExchangeAutodiscoverUrl=" + actual)]);
}
