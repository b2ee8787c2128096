using LyncExchange.Analyzer.Deployment.Domains;
using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Dns;
using LyncExchange.Analyzer.Rules.OAuth;

namespace LyncExchange.Analyzer.Rules.Dns;

/// <summary>
/// The external Lync records of a SIP domain agree with each other but not with the deployment: Lync Online DNS for a
/// deployment with Lync Server (server-only or hybrid; RULES.md §C.3: the servers and users decide, DNS is the defect),
/// or on-premises DNS for a Lync Online-only tenant. Split sets are LXA0101's.
/// </summary>
[Rule("LXA0103", RuleCategory.Dns, DiagnosticSeverity.Error,
    Title = "Lync DNS points to the wrong environment for the deployment",
    Message = "SIP domain '{0}' resolves to {1} but the deployment is {2}; in {2} all Lync DNS records must point {3}.",
    HelpUri = "https://support.microsoft.com/help/2614242",
    Scenarios = "all",
    Tags = ["KB2614242", "Step1", "JJ205403", "KB2757450"])]
internal sealed partial class LXA0103LyncDnsPointsToWrongEnvironment : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [DnsEvidence.ZoneFiles, DnsEvidence.SipDomainList];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var assessment = context.Deployment.Scenario;
        if (assessment.Scenario == LyncScenario.Unknown)
        {
            return;
        }

        var zones = DnsEvidence.Zones(context.Deployment);
        foreach (var domain in SipDomains.Of(context.Deployment).Domains)
        {
            var set = zones.ExternalLyncRecords(domain.Name);
            if (set.Zone is null)
            {
                DnsEvidence.ReportMissingZone(context, "SIP domain", domain.Name, DnsZoneView.External, domain.Location, domain.LogicalLocation);
                continue;
            }

            var present = set.PresentRecords.Where(r => r.Environment != DnsTargetEnvironment.Unknown).ToList();
            var environments = present.Select(r => r.Environment).Distinct().ToList();
            if (environments.Count != 1)
            {
                // Nothing classifiable, or split (LXA0101 reports that).
                continue;
            }

            var pointsOnline = environments[0] == DnsTargetEnvironment.Online;
            if (!IsWrongFor(pointsOnline, assessment.Scenario))
            {
                continue;
            }

            Report(context, zones, domain, set, present, pointsOnline, assessment);
        }
    }

    private static bool IsWrongFor(bool pointsOnline, LyncScenario scenario) =>
        pointsOnline ? scenario is LyncScenario.LyncServerOnly or LyncScenario.Hybrid : scenario == LyncScenario.LyncOnlineOnly;

    private static void Report(RuleContext context, DnsZoneSet zones, SipDomain domain, DnsRecordSet set, List<DnsClassifiedRecord> present, bool pointsOnline, ScenarioAssessment assessment)
    {
        var scenario = assessment.Scenario;
        var fixes = new List<string>();
        foreach (var entry in set.Entries)
        {
            var spec = LyncDnsRecordSpec.Of(entry.Kind);
            var zone = zones.FindZone(entry.Name, DnsZoneView.External) ?? set.Zone!;
            foreach (var record in entry.Records.Where(r => r.Environment != DnsTargetEnvironment.Unknown))
            {
                fixes.Add(pointsOnline ? LyncDnsFixes.ToOnPrem(set, zone, spec, entry.Name, record.Record) : LyncDnsFixes.ToOnline(zone, spec, entry.Name, record.Record));
            }
        }

        var message = context.Descriptor.FormatMessage(
            domain.Display,
            pointsOnline ? "Lync Online" : "on-premises",
            scenario,
            pointsOnline ? "on-premises" : "to Lync Online");
        if (scenario == LyncScenario.Hybrid)
        {
            message += " In hybrid, users homed on-premises cannot sign in, and users homed online are found through the on-premises Edge, not through DNS (KB 2757450).";
        }

        // RULES.md §C.3: if the signals leave a scenario plausible under which this DNS is right, the finding depends on it.
        DiagnosticSeverity? severity = null;
        if (ScenarioDependence.Alternative(assessment) is { } alternative && !IsWrongFor(pointsOnline, alternative))
        {
            message += $" (depends on scenario: fires only if the deployment is {scenario}, not {alternative})";
            severity = DiagnosticSeverity.Info;
        }

        var related = present.Skip(1).Select(r => DnsEvidence.Related(r.Record, pointsOnline ? "also points to Lync Online" : "also points on-premises"))
            .Append(domain.Related)
            .Concat(assessment.Signals.Where(s => s.IsStrong || s.Kind == ScenarioSignalKind.OnPremHomedUsers).Select(s => new RelatedLocation(s.Location, "scenario evidence: " + s)));
        context.Report(
            present[0].Record.Location,
            domain.LogicalLocation,
            [],
            fix: string.Join("; ", fixes),
            related: related,
            message: message,
            severity: severity,
            properties:
            [
                new("expected", pointsOnline ? "all external Lync records on-premises" : "all external Lync records at Lync Online"),
                new("actual", string.Join(", ", present.Select(r => $"{r.Record.Owner.Display} {DnsEvidence.Rdata(r.Record)}"))),
                new("scenario", scenario.ToString()),
            ]);
    }
}
