using LyncExchange.Analyzer.Deployment.Domains;
using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Dns;
using LyncExchange.Analyzer.Rules.OAuth;

namespace LyncExchange.Analyzer.Rules.Dns;

/// <summary>
/// A SIP domain with Lync-enabled users lacks <c>_sipfederationtls._tcp</c>, <c>lyncdiscover</c> or <c>_sip._tls</c> in its
/// public zone. In hybrid every SIP domain needs them at the Access Edge (JJ205403), so it is an error there; with Lync
/// Server only, external access and federation may be deliberately unpublished, so it is a warning.
/// </summary>
[Rule("LXA0104", RuleCategory.Dns, DiagnosticSeverity.Error,
    Title = "Required federation/discovery record missing (on-prem or hybrid)",
    Message = "SIP domain '{0}' has no {1}; {2} will fail ({3}).",
    HelpUri = "https://technet.microsoft.com/library/jj205403(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["JJ205403", "JJ205025", "KB2565604"])]
internal sealed partial class LXA0104LyncFederationOrDiscoveryRecordMissing : IntegrationRule
{
    private static readonly LyncDnsRecordKind[] Required = [LyncDnsRecordKind.SipFederationTls, LyncDnsRecordKind.LyncDiscover, LyncDnsRecordKind.SipTls];

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [DnsEvidence.ZoneFiles, DnsEvidence.SipDomainList];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var zones = DnsEvidence.Zones(context.Deployment);
        var sipDomains = SipDomains.Of(context.Deployment);
        var hybrid = context.Deployment.Scenario.Scenario == LyncScenario.Hybrid;
        if (!sipDomains.UsersKnown)
        {
            context.ReportEvidenceMissing(
                "no Get-CsUser output and no LDIF user with msRTCSIP-PrimaryUserAddress, so which SIP domains have Lync-enabled users is unknown",
                "Get-CsUser | Export-Clixml Get-CsUser.xml",
                sipDomains.Domains.FirstOrDefault()?.Location ?? Text.DumpLocation.None);
            return;
        }

        foreach (var domain in sipDomains.Domains.Where(d => d.LyncEnabledUsers > 0))
        {
            var set = zones.ExternalLyncRecords(domain.Name);
            if (set.Zone is null)
            {
                DnsEvidence.ReportMissingZone(context, "SIP domain", domain.Name, DnsZoneView.External, domain.Location, domain.LogicalLocation);
                continue;
            }

            foreach (var kind in Required)
            {
                var entry = set[kind];
                if (entry.IsPresent || entry.Lookup.IsFound)
                {
                    continue;
                }

                var spec = LyncDnsRecordSpec.Of(kind);
                var zone = zones.FindZone(entry.Name, DnsZoneView.External) ?? set.Zone;
                var note = hybrid
                    ? "in hybrid it must resolve to the on-premises Access Edge or reverse proxy for every SIP domain, also for users homed online"
                    : "Lync Server only: needed for external users, federation and mobile clients; if none is offered, suppress";
                var recordName = $"{spec.TypeName} {entry.Name.Display}";
                context.ReportFinding(
                    zone.Location,
                    domain.LogicalLocation,
                    [domain.Display, recordName, spec.Purpose, note],
                    fix: LyncDnsFixes.ToOnPrem(set, zone, spec, entry.Name, null),
                    related:
                    [
                        domain.Related,
                        new(domain.FirstUserLocation, $"{domain.LyncEnabledUsers} Lync-enabled user(s) in {domain.Display}"),
                        .. DnsEvidence.ZoneCopies(zones, zone),
                    ],
                    severity: hybrid ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    properties: [new("expected", recordName + (spec.IsSrv ? $" port {spec.Port} → the Access Edge" : " → the reverse proxy")), new("actual", "missing")]);
            }
        }
    }
}
