using System.Globalization;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Rules.Dns;

/// <summary>
/// A Lync SRV record in any supplied zone has an unexpected port, points at an alias (RFC 2782 forbids it), or points at
/// a name of a supplied zone that has no address. Every zone is scanned, not only the SIP domains': a malformed record
/// is malformed whoever it serves.
/// </summary>
[Rule("LXA0105", RuleCategory.Dns, DiagnosticSeverity.Warning,
    Title = "Lync SRV record malformed",
    Message = "SRV {0} {1} (target '{2}', port {3}).",
    HelpUri = "https://technet.microsoft.com/library/jj205025(v=ocs.15)",
    Scenarios = "all",
    Tags = ["JJ205025", "RFC2782"])]
internal sealed partial class LXA0105LyncSrvRecordMalformed : IntegrationRule
{
    private static readonly (string Service, string Protocol, int Port)[] LyncServices =
    [
        ("_sip", "_tls", 443),
        ("_sipfederationtls", "_tcp", 5061),
        ("_sipinternaltls", "_tcp", 5061),
    ];

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [DnsEvidence.ZoneFiles];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var zones = DnsEvidence.Zones(context.Deployment);
        foreach (var zone in zones.Zones)
        {
            foreach (var record in zone.Records)
            {
                if (record.Type == DnsRecordType.SRV && record.Data is SrvData { IsServiceUnavailable: false } srv && ExpectedPort(record.Owner) is { } port)
                {
                    Judge(context, zones, zone, record, srv, port);
                }
            }
        }
    }

    private static int? ExpectedPort(DnsName owner)
    {
        // Every Lync service label starts so; other SRV owners (AD's _ldap._tcp… by the hundred thousand) stop here
        // without allocating their first two labels.
        if (!owner.Value.StartsWith("_sip", StringComparison.Ordinal))
        {
            return null;
        }

        var protocol = owner.Parent?.FirstLabel;
        foreach (var (service, proto, port) in LyncServices)
        {
            if (owner.FirstLabel == service && protocol == proto)
            {
                return port;
            }
        }

        return null;
    }

    private static void Judge(RuleContext context, DnsZoneSet zones, DnsZone zone, ResourceRecord record, SrvData srv, int expectedPort)
    {
        var name = record.Owner.Display;
        var target = srv.Target.Display;
        var port = srv.Port.ToString(CultureInfo.InvariantCulture);
        void Report(string problem, string fix, string expected, IEnumerable<RelatedLocation>? related = null) =>
            context.Report(
                record.Location,
                record.ObjectIdentity,
                [name, problem, target, port],
                fix: fix,
                related: related,
                properties: [new("expected", expected), new("actual", DnsEvidence.Rdata(record))]);

        if (srv.Port != expectedPort)
        {
            var edgeNote = expectedPort == 443 && !DnsZoneSet.IsOnlineName(srv.Target)
                ? $" (an Access Edge may listen on another port, JJ205025; if {srv.Port} is the Edge's configured external port, suppress)"
                : string.Empty;
            Report(
                $"uses port {srv.Port}; {record.Owner.FirstLabel}.{record.Owner.Parent?.FirstLabel} expects {expectedPort}{edgeNote}",
                DnsEvidence.RemoveCommand(zone, record) + "; " + DnsEvidence.AddSrvCommand(zone, record.Owner, srv.Target, expectedPort, srv.Priority, srv.Weight),
                $"port {expectedPort}");
        }

        if (DnsZoneSet.IsOnlineName(srv.Target))
        {
            return;
        }

        var lookup = zones.LookupHost(srv.Target, zone.View);
        if (!lookup.Chain.IsEmpty && lookup.Chain[0].Type == DnsRecordType.CNAME)
        {
            var alias = lookup.Chain[0];
            var canonical = lookup.IsFound ? lookup.FinalName : (DnsName?)null;
            Report(
                $"points at an alias: {alias.Owner.Display} is a CNAME to {((NameData)alias.Data).Target.Display} (RFC 2782: an SRV target must be an address name)",
                DnsEvidence.RemoveCommand(zone, record) + "; " + DnsEvidence.AddSrvCommand(zone, record.Owner, canonical ?? srv.Target, srv.Port, srv.Priority, srv.Weight)
                    + (canonical is null ? $"  # replace {target} by the A/AAAA name the alias leads to" : string.Empty),
                "a target with A/AAAA records",
                [DnsEvidence.Related(alias, "the alias")]);
        }
        else if (lookup.Status is DnsLookupStatus.NameNotFound or DnsLookupStatus.NoData && lookup.Chain.IsEmpty && lookup.Zone is { } targetZone)
        {
            var classification = zones.ClassifyTarget(srv.Target, zone.View);
            if (classification.SuspectedMissingTrailingDot && srv.Target.ReplaceSuffix(targetZone.Origin, DnsName.Root) is { } intended)
            {
                Report(
                    $"points at {target}, which does not exist in zone {targetZone.Origin.Display}: '{intended.Display}' was written without its trailing dot, so the zone's origin was appended",
                    DnsEvidence.RemoveCommand(zone, record) + "; " + DnsEvidence.AddSrvCommand(zone, record.Owner, intended, srv.Port, srv.Priority, srv.Weight),
                    $"target {intended.Display}");
                return;
            }

            Report(
                $"points at {target}, which has no A/AAAA record in zone {targetZone.Origin.Display}",
                $"Add-DnsServerResourceRecordA -ZoneName {targetZone.Origin.Display} -Name {DnsEvidence.RelativeName(srv.Target, targetZone)} -IPv4Address <address of {target}>  # or correct the SRV target",
                "a target with A/AAAA records",
                [new RelatedLocation(targetZone.Location, $"zone {targetZone.Origin.Display}")]);
        }
    }
}
