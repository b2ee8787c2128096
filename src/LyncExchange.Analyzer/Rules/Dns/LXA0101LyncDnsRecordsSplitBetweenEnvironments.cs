using LyncExchange.Analyzer.Deployment.Domains;
using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Rules.Dns;

/// <summary>
/// Some Lync records of a SIP domain send clients to Lync Online and others on-premises (KB 2614242 step 1: all of them
/// point to one place). The external and the internal record set are judged separately; the records of the smaller
/// side are reported, each with the other side as related locations.
/// </summary>
[Rule("LXA0101", RuleCategory.Dns, DiagnosticSeverity.Error,
    Title = "Lync DNS records for a SIP domain point to different environments",
    Message = "DNS for SIP domain '{0}' is split: {1} point to Lync Online but {2} point on-premises; all Lync federation and discovery records must point to one place.",
    HelpUri = "https://support.microsoft.com/help/2614242",
    Scenarios = "all",
    Tags = ["KB2614242", "Step1", "KB2566790"])]
internal sealed partial class LXA0101LyncDnsRecordsSplitBetweenEnvironments : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [DnsEvidence.ZoneFiles, DnsEvidence.SipDomainList];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var zones = DnsEvidence.Zones(context.Deployment);
        var scenario = context.Deployment.Scenario.Scenario;
        foreach (var domain in SipDomains.Of(context.Deployment).Domains)
        {
            Judge(context, domain, zones.ExternalLyncRecords(domain.Name), scenario);
            Judge(context, domain, zones.InternalLyncRecords(domain.Name), scenario);
        }
    }

    private static void Judge(RuleContext context, SipDomain domain, DnsRecordSet set, LyncScenario scenario)
    {
        var online = set.PresentRecords.Where(r => r.Environment == DnsTargetEnvironment.Online).ToList();
        var onPrem = set.PresentRecords.Where(r => r.Environment == DnsTargetEnvironment.OnPrem).ToList();
        if (online.Count == 0 || onPrem.Count == 0)
        {
            return;
        }

        // The smaller side is the likely mistake; on a tie the deployment decides which side is wrong.
        var reportOnline = online.Count != onPrem.Count ? online.Count < onPrem.Count : scenario != LyncScenario.LyncOnlineOnly;
        var (wrong, right) = reportOnline ? (online, onPrem) : (onPrem, online);
        var onlineText = string.Join(", ", online.Select(r => DnsEvidence.Describe(r.Record)));
        var onPremText = string.Join(", ", onPrem.Select(r => DnsEvidence.Describe(r.Record)));
        var viewNote = set.View == DnsZoneView.Internal ? "internal" : "external";

        foreach (var record in wrong)
        {
            var entry = set.Entries.First(e => e.Records.Contains(record));
            var spec = LyncDnsRecordSpec.Of(entry.Kind);
            var zone = DnsEvidence.Zones(context.Deployment).FindZone(record.Record.Owner, set.View) ?? set.Zone!;
            var fix = reportOnline
                ? LyncDnsFixes.ToOnPrem(set, zone, spec, entry.Name, record.Record)
                : spec.OnlineTarget is null
                    ? $"Point {entry.Name.Display} at the same place as the other {viewNote} Lync records ({right[0].Classification.DecidingName.Display})"
                    : LyncDnsFixes.ToOnline(zone, spec, entry.Name, record.Record);
            var related = right.Select(r => DnsEvidence.Related(r.Record, reportOnline ? "points on-premises" : "points to Lync Online"))
                .Append(domain.Related);
            context.Report(
                record.Record.Location,
                record.Record.ObjectIdentity,
                [domain.Display, onlineText, onPremText],
                fix: fix,
                related: related,
                properties:
                [
                    new("expected", reportOnline ? "on-premises, like " + DnsEvidence.Describe(right[0].Record) : "Lync Online, like " + DnsEvidence.Describe(right[0].Record)),
                    new("actual", $"{DnsEvidence.Rdata(record.Record)} ({record.Classification.Reason})"),
                    new("view", viewNote),
                ]);
        }
    }
}
