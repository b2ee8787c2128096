using LyncExchange.Analyzer.Deployment.Domains;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Dns;
using LyncExchange.Analyzer.Rules.OAuth;

namespace LyncExchange.Analyzer.Rules.Dns;

/// <summary>
/// Lync Online needs four records per SIP domain with exactly KB 2566790's values. Each record that is missing, of the
/// wrong type, or has the wrong target or port is one finding. An SRV published without its leading underscores
/// (some DNS hosts' forms, per KB 2566790) is a warning rather than missing.
/// </summary>
[Rule("LXA0102", RuleCategory.Dns, DiagnosticSeverity.Error,
    Title = "Lync Online DNS record missing or incorrect",
    Message = "SIP domain '{0}': {1} is {2}; Lync Online requires {3} {1} → {4}.",
    HelpUri = "https://support.microsoft.com/help/2566790",
    Scenarios = "LyncOnlineOnly",
    Tags = ["KB2566790", "KB2565604", "KB2614242", "Step1"])]
internal sealed partial class LXA0102LyncOnlineDnsRecordMissingOrIncorrect : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [DnsEvidence.ZoneFiles, DnsEvidence.SipDomainList];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var zones = DnsEvidence.Zones(context.Deployment);
        foreach (var domain in SipDomains.Of(context.Deployment).Domains)
        {
            var set = zones.ExternalLyncRecords(domain.Name);
            if (set.Zone is null)
            {
                DnsEvidence.ReportMissingZone(context, "SIP domain", domain.Name, DnsZoneView.External, domain.Location, domain.LogicalLocation);
                continue;
            }

            foreach (var entry in set.Entries)
            {
                Judge(context, zones, domain, set, entry, LyncDnsRecordSpec.Of(entry.Kind));
            }
        }
    }

    private static void Judge(RuleContext context, DnsZoneSet zones, SipDomain domain, DnsRecordSet set, DnsRecordSetEntry entry, LyncDnsRecordSpec spec)
    {
        var expected = spec.OnlineTarget!.Value;
        var zone = zones.FindZone(entry.Name, DnsZoneView.External) ?? set.Zone!;
        object?[] Arguments(string actual) => [domain.Display, entry.Name.Display, actual, spec.TypeName, spec.OnlineValue];
        KeyValuePair<string, string>[] Properties(string actual) =>
            [new("expected", $"{spec.TypeName} {entry.Name.Display} → {spec.OnlineValue}"), new("actual", actual)];

        if (!entry.IsPresent)
        {
            if (spec.IsSrv && WithoutUnderscores(zones, entry.Name) is { } alternative && IsExpectedSrv(alternative, spec))
            {
                context.ReportFinding(
                    alternative.Location,
                    alternative.ObjectIdentity,
                    Arguments("missing"),
                    fix: DnsEvidence.RemoveCommand(zone, alternative) + "; " + LyncDnsFixes.ToOnline(zone, spec, entry.Name, null),
                    related: [domain.Related],
                    severity: DiagnosticSeverity.Warning,
                    properties: Properties($"{alternative.Owner.Display} {DnsEvidence.Rdata(alternative)}"),
                    message: $"SIP domain '{domain.Display}': {entry.Name.Display} is published as {alternative.Owner.Display}, without the leading underscores; clients query {entry.Name.Display}, so unless the DNS host adds the underscores itself (KB 2566790 mentions such hosts) Lync Online requires {spec.TypeName} {entry.Name.Display} → {spec.OnlineValue}.");
                return;
            }

            context.ReportFinding(
                zone.Location,
                domain.LogicalLocation,
                Arguments("missing"),
                fix: LyncDnsFixes.ToOnline(zone, spec, entry.Name, null),
                related: [domain.Related, .. DnsEvidence.ZoneCopies(zones, zone)],
                properties: Properties("missing"));
            return;
        }

        foreach (var classified in entry.Records)
        {
            var record = classified.Record;
            var problem = Problem(record, spec, expected, classified.Classification);
            if (problem is null)
            {
                continue;
            }

            context.ReportFinding(
                record.Location,
                record.ObjectIdentity,
                Arguments(problem),
                fix: LyncDnsFixes.ToOnline(zone, spec, entry.Name, record),
                related: [domain.Related],
                properties: Properties(DnsEvidence.Rdata(record)));
        }
    }

    /// <summary>What is wrong with a published record, as "is …" in the message; null when it is exactly right.</summary>
    private static string? Problem(ResourceRecord record, LyncDnsRecordSpec spec, DnsName expected, DnsTargetClassification classification)
    {
        var dotNote = classification.SuspectedMissingTrailingDot ? " (the target lost its trailing dot, so the zone's origin was appended)" : string.Empty;
        switch (record.Data)
        {
            case SrvData srv when spec.IsSrv:
                if (srv.Target == expected && srv.Port == spec.Port)
                {
                    return null;
                }

                return srv.Target == expected
                    ? $"'{DnsEvidence.Rdata(record)}' (port {srv.Port})"
                    : $"'{DnsEvidence.Rdata(record)}' (target {srv.Target.Display}){dotNote}";
            case NameData name when !spec.IsSrv && record.Type == DnsRecordType.CNAME:
                return name.Target == expected ? null : $"'{DnsEvidence.Rdata(record)}'{dotNote}";
            default:
                return $"'{DnsEvidence.Rdata(record)}' (a {record.TypeName} record instead of {spec.TypeName})";
        }
    }

    private static bool IsExpectedSrv(ResourceRecord record, LyncDnsRecordSpec spec) =>
        record.Data is SrvData srv && srv.Target == spec.OnlineTarget && srv.Port == spec.Port;

    /// <summary>The same SRV name without the leading underscores of its labels (<c>sip.tls.contoso.com</c>).</summary>
    private static ResourceRecord? WithoutUnderscores(DnsZoneSet zones, DnsName name)
    {
        var service = name.FirstLabel;
        var protocol = name.Parent?.FirstLabel;
        if (name.Parent?.Parent is not { } domain || protocol is null)
        {
            return null;
        }

        var plain = domain.Prepend(service.TrimStart('_') + "." + protocol.TrimStart('_'));
        if (plain is not { } alternative || zones.FindZone(alternative, DnsZoneView.External) is not { } zone)
        {
            return null;
        }

        return zone.Find(alternative, DnsRecordType.SRV).FirstOrDefault();
    }
}
