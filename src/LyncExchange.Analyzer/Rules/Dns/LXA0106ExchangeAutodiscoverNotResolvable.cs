using LyncExchange.Analyzer.Deployment.Domains;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Dns;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Rules.Dns;

/// <summary>
/// Lync finds a user's EWS through Exchange Autodiscover on the user's mail domain (KB 2787614), and Lync Server's OAuth
/// with Exchange through <c>ExchangeAutodiscoverUrl</c>. A supplied zone of such a domain without <c>autodiscover</c>
/// (A/AAAA/CNAME) or <c>_autodiscover._tcp</c> SRV, or a URL host without a record, breaks conversation history,
/// free/busy, UCS and HD photos: a warning, an error when UCS or OAuth integration is configured.
/// </summary>
[Rule("LXA0106", RuleCategory.Dns, DiagnosticSeverity.Warning,
    Title = "Exchange autodiscover name not resolvable for Lync users' mail domain",
    Message = "No autodiscover record for mail domain '{0}'; Lync locates EWS through autodiscover on the mail domain, so conversation history, free/busy, UCS and HD photos fail.",
    HelpUri = "https://support.microsoft.com/help/2787614",
    Scenarios = "all",
    Tags = ["KB2787614", "KB2811654", "JJ721919"])]
internal sealed partial class LXA0106ExchangeAutodiscoverNotResolvable : IntegrationRule
{
    private const string OnlineAutodiscover = "autodiscover.outlook.com";

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        DnsEvidence.ZoneFiles,
        new(
            "no mail address of a Lync-enabled user and no ExchangeAutodiscoverUrl (no Get-CsUser, Get-Mailbox, LDIF or Get-CsOAuthConfiguration output)",
            "Get-CsUser | Export-Clixml Get-CsUser.xml; Get-Mailbox -ResultSize Unlimited | Export-Clixml Get-Mailbox.xml; Get-CsOAuthConfiguration | Export-Clixml Get-CsOAuthConfiguration.xml",
            d => !SipDomains.Of(d).MailDomains.IsEmpty || AutodiscoverUrls(d).Any()),
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        var zones = DnsEvidence.Zones(deployment);
        var escalation = Escalation(deployment);
        var severity = escalation is null ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
        var because = escalation is null ? string.Empty : $" This is an error because {escalation.Value.Reason}.";
        RelatedLocation[] escalationRelated = escalation is { } e ? [new(e.Location, e.Reason)] : [];

        foreach (var domain in SipDomains.Of(deployment).MailDomains)
        {
            // Lync clients query from inside and outside: every supplied view of the zone must answer.
            var covering = new[] { DnsZoneView.External, DnsZoneView.Internal }
                .Select(v => (View: v, Zone: zones.FindZone(domain.Name, v)))
                .Where(c => c.Zone is not null)
                .DistinctBy(c => c.Zone)
                .ToList();
            if (covering.Count == 0)
            {
                DnsEvidence.ReportMissingZone(context, "mail domain", domain.Name, DnsZoneView.External, domain.FirstLocation, domain.LogicalLocation);
                continue;
            }

            foreach (var (view, zone) in covering)
            {
                var set = zones.ExchangeAutodiscoverRecords(domain.Name, view);
                var host = set[LyncDnsRecordKind.Autodiscover];
                var srv = set[LyncDnsRecordKind.AutodiscoverSrv];
                if (Resolves(host.Lookup) || Resolves(srv.Lookup))
                {
                    continue;
                }

                var alias = domain.ExchangeOnline ? OnlineAutodiscover : CasNamespace(deployment, domain.Name, host.Name);
                var target = zones.FindZone(host.Name, view) ?? zone!;
                var fix = DnsEvidence.AddCnameCommand(target, host.Name, alias);
                var onlineNote = domain.ExchangeOnline ? $" Mailboxes of {domain.Display} are in Exchange Online; the usual record is CNAME autodiscover.{domain.Display} → {OnlineAutodiscover}." : string.Empty;
                var dangling = host.Records.FirstOrDefault()?.Record;
                var head = dangling is null
                    ? context.Descriptor.FormatMessage(domain.Display)
                    : $"autodiscover.{domain.Display} does not resolve ({DnsEvidence.Rdata(dangling)}: {host.Lookup.Status} at '{host.Lookup.FinalName.Display}'); Lync locates EWS through autodiscover on the mail domain, so conversation history, free/busy, UCS and HD photos fail.";
                context.Report(
                    dangling?.Location ?? target.Location,
                    dangling?.ObjectIdentity ?? domain.LogicalLocation,
                    [],
                    fix: dangling is null ? fix : DnsEvidence.RemoveCommand(target, dangling) + "; " + fix,
                    related:
                    [
                        new(domain.FirstLocation, $"{domain.Users} Lync user address(es) in {domain.Display}"),
                        .. escalationRelated,
                        .. DnsEvidence.ZoneCopies(zones, target),
                    ],
                    severity: severity,
                    message: head + onlineNote + because + (covering.Count > 1 ? $" ({view.ToString().ToLowerInvariant()} view, {target.SourceFile})" : string.Empty),
                    properties: [new("expected", $"autodiscover.{domain.Display} A/AAAA/CNAME or SRV _autodiscover._tcp.{domain.Display}"), new("actual", dangling is null ? "missing" : DnsEvidence.Rdata(dangling)), new("view", view.ToString())]);
            }
        }

        foreach (var (configuration, url) in AutodiscoverUrls(deployment))
        {
            if (!DnsName.TryParseHost(url.Host, out var host))
            {
                continue;
            }

            // Lync Server resolves the URL itself, from inside.
            var zone = zones.FindZone(host, DnsZoneView.Internal);
            if (zone is null)
            {
                context.ReportEvidenceMissing($"no zone for {host.Display}, the host of ExchangeAutodiscoverUrl", DnsEvidence.ZoneCommand(host.Parent ?? host), configuration.Locations.ExchangeAutodiscoverUrl, configuration.ObjectIdentity);
                continue;
            }

            var lookup = zones.LookupHost(host, DnsZoneView.Internal);
            if (Resolves(lookup))
            {
                continue;
            }

            context.Report(
                configuration.Locations.ExchangeAutodiscoverUrl,
                configuration.ObjectIdentity,
                [],
                fix: DnsEvidence.AddCnameCommand(zone, host, CasNamespace(deployment, zone.Origin, host)),
                related: [new(zone.Location, $"zone {zone.Origin.Display} ({zone.SourceFile}) has no record for {host.Display}")],
                severity: DiagnosticSeverity.Error,
                message: $"ExchangeAutodiscoverUrl '{url}' names host '{host.Display}', which has no record in the supplied zone {zone.Origin.Display} ({lookup.Status}); Lync Server cannot reach Exchange Autodiscover for OAuth, so UCS, archiving to Exchange and HD photos fail.",
                properties: [new("expected", $"A/AAAA/CNAME {host.Display}"), new("actual", lookup.Status.ToString())]);
        }
    }

    /// <summary>Found, or handed on (by CNAME or delegation) to DNS that was not supplied: nothing shows it fails.</summary>
    private static bool Resolves(DnsLookup lookup) => lookup.Status is DnsLookupStatus.Found or DnsLookupStatus.OutsideSuppliedZones;

    private static IEnumerable<(CsOAuthConfiguration Configuration, Uri Url)> AutodiscoverUrls(DeploymentModel deployment) =>
        deployment.All<CsOAuthConfiguration>()
            .Select(c => (Configuration: c, Url: Uri.TryCreate(c.ExchangeAutodiscoverUrl?.Trim(), UriKind.Absolute, out var url) ? url : null))
            .Where(c => c.Url is not null)
            .Select(c => (c.Configuration, c.Url!));

    /// <summary>RULES.md: error when UCS (a user services policy with UcsAllowed=True) or OAuth with Exchange is configured.</summary>
    private static (string Reason, Text.DumpLocation Location)? Escalation(DeploymentModel deployment)
    {
        if (deployment.All<CsUserServicesPolicy>().FirstOrDefault(p => p.UcsAllowed == true) is { } policy)
        {
            return ($"user services policy '{policy.Identity}' allows the Unified Contact Store (UcsAllowed=True)", policy.Locations.UcsAllowed);
        }

        if (AutodiscoverUrls(deployment).FirstOrDefault() is { Configuration: { } configuration })
        {
            return ("Lync's OAuth configuration names an ExchangeAutodiscoverUrl (server-to-server integration)", configuration.Locations.ExchangeAutodiscoverUrl);
        }

        if (deployment.All<CsPartnerApplication>().FirstOrDefault() is { } partner)
        {
            return ($"partner application '{partner.Identity}' sets up OAuth with Exchange", partner.Source.Location);
        }

        return null;
    }

    /// <summary>
    /// Where a new autodiscover record should point: the host of a CAS internal autodiscover URI, else a CAS FQDN, else
    /// the conventional mail.M; never the name being created.
    /// </summary>
    private static string CasNamespace(DeploymentModel deployment, DnsName domain, DnsName creating)
    {
        var servers = deployment.All<ClientAccessServer>().ToList();
        var candidates = servers.Select(c => c.AutoDiscoverServiceInternalUri?.Host).Concat(servers.Select(c => c.Fqdn)).Append("mail." + domain.Display);
        return candidates.First(c => !string.IsNullOrWhiteSpace(c) && (!DnsName.TryParseHost(c, out var name) || name != creating))!.Trim();
    }
}
