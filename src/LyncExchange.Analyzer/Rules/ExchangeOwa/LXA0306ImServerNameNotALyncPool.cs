using LyncExchange.Analyzer.Deployment.Topology;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Rules.ExchangeOwa;

/// <summary>
/// web.config's IMServerName is not a Lync pool that runs a Registrar, or the Mailbox servers disagree on it; OWA
/// then signs users in to the wrong place or nowhere.
/// </summary>
[Rule("LXA0306", RuleCategory.ExchangeOwa, DiagnosticSeverity.Error,
    Title = "IMServerName does not identify the Lync pool, or differs between servers",
    Message = "IMServerName '{0}' on {1} {2}; JJ688055 requires the FQDN of the Lync pool that hosts the OWA trusted application pool.",
    HelpUri = "https://technet.microsoft.com/library/jj688055(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step5"])]
internal sealed partial class LXA0306ImServerNameNotALyncPool : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.Records<OwaWebConfig>("no OWA web.config from a Mailbox server", OwaEvidence.WebConfigCommand),
        EvidenceRequirement.Cmdlet("Get-CsPool"),
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var exchange = ExchangeTopology.Of(context.Deployment);
        var lync = LyncTopology.Of(context.Deployment);
        var registrars = lync.RegistrarPools.ToList();
        var configured = exchange.WebConfigs.Where(w => !string.IsNullOrWhiteSpace(w.IMServerName)).ToList();
        var distinct = configured.Select(w => HostName.Normalize(w.IMServerName)!).Distinct().ToList();
        var majority = distinct.Count > 1
            ? configured.GroupBy(w => HostName.Normalize(w.IMServerName)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key
            : null;

        foreach (var webConfig in configured)
        {
            var value = webConfig.IMServerName!.Trim();
            var server = webConfig.Server ?? "(unnamed server)";
            var pool = registrars.FirstOrDefault(p => HostName.AreEqual(p.PoolFqdn, value));
            var fix = $"Set IMServerName to the Lync pool FQDN ({string.Join(" or ", registrars.Select(p => p.PoolFqdn).Take(3).DefaultIfEmpty("<pool fqdn>"))}) in web.config on every Exchange 2013 Mailbox server, then {OwaEvidence.RecycleOwaPool}";
            if (pool is null)
            {
                context.Report(
                    webConfig.Locations.IMServerName,
                    webConfig.ObjectIdentity,
                    [value, server, "is not a Lync registrar pool in the topology (" + string.Join(", ", registrars.Select(p => p.PoolFqdn).DefaultIfEmpty("none")) + ")"],
                    fix: fix,
                    related: registrars.Take(5).Select(p => new RelatedLocation(p.Source.Location, $"Lync pool {p.PoolFqdn}")));
                continue;
            }

            if (majority is not null && HostName.Normalize(value) != majority)
            {
                var others = configured.Where(w => HostName.Normalize(w.IMServerName) == majority).Select(w => w.Server ?? "?");
                context.Report(
                    webConfig.Locations.IMServerName,
                    webConfig.ObjectIdentity,
                    [value, server, $"differs from {majority} on {string.Join(", ", others)}"],
                    fix: fix,
                    severity: DiagnosticSeverity.Warning);
                continue;
            }

            var owaPools = exchange.Mailbox2013Servers
                .SelectMany(s => s.Fqdn is null ? [] : lync.PoolsContaining(s.Fqdn))
                .Distinct()
                .ToList();
            var otherRegistrar = owaPools.FirstOrDefault(p => p.RegistrarFqdn is { } r && !HostName.AreEqual(r, value));
            if (otherRegistrar is not null)
            {
                context.Report(
                    webConfig.Locations.IMServerName,
                    webConfig.ObjectIdentity,
                    [value, server, $"is a Lync pool, but the OWA trusted application pool '{otherRegistrar.Fqdn}' is registered on '{otherRegistrar.RegistrarFqdn}'"],
                    fix: fix,
                    severity: DiagnosticSeverity.Warning,
                    related: [new RelatedLocation(otherRegistrar.Locations.Registrar, $"Registrar : {otherRegistrar.Registrar}")]);
            }
        }

        var unconfigured = exchange.WebConfigs.Where(w => string.IsNullOrWhiteSpace(w.IMServerName)).ToList();
        if (configured.Count > 0 && unconfigured.Count > 0)
        {
            foreach (var webConfig in unconfigured)
            {
                context.Report(
                    webConfig.Source.Location,
                    webConfig.ObjectIdentity,
                    ["(not set)", webConfig.Server ?? "(unnamed server)", $"is missing while {string.Join(", ", configured.Select(w => w.Server ?? "?"))} are configured"],
                    severity: DiagnosticSeverity.Warning,
                    fix: $"Add <add key=\"IMServerName\" value=\"{configured[0].IMServerName}\"/> to web.config on {webConfig.Server}, then {OwaEvidence.RecycleOwaPool}");
            }
        }
    }
}
