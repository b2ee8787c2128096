using LyncExchange.Analyzer.Deployment.Domains;
using System.Globalization;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Rules.Dns;

/// <summary>What the DNS rules share: the zone index, their evidence requirements, and the words and commands of their findings.</summary>
internal static class DnsEvidence
{
    public const string ZoneCollection =
        "Export-DnsServerZone -Name <zone> -FileName <zone>.dns (or dnscmd /ZoneExport <zone> <zone>.dns), then copy %SystemRoot%\\System32\\dns\\<zone>.dns; from a public DNS host, its zone-file export";

    public static EvidenceRequirement ZoneFiles { get; } =
        EvidenceRequirement.Records<ResourceRecord>("no DNS zone file", ZoneCollection);

    public static EvidenceRequirement SipDomainList { get; } = new(
        "no SIP domain known (no Get-CsSipDomain, Get-CsUser or LDIF user with msRTCSIP-PrimaryUserAddress)",
        "Get-CsSipDomain | Export-Clixml Get-CsSipDomain.xml; Get-CsUser | Export-Clixml Get-CsUser.xml",
        d => !SipDomains.Of(d).Domains.IsEmpty);

    public static DnsZoneSet Zones(DeploymentModel deployment) =>
        deployment.GetIndex(static d => DnsZoneSet.Build(d.All<ResourceRecord>()));

    /// <summary>The collection command for one zone, as RULES.md names it.</summary>
    public static string ZoneCommand(DnsName zone) =>
        $"Export-DnsServerZone -Name {zone.Display} -FileName {zone.Display}.dns (or dnscmd /ZoneExport {zone.Display} {zone.Display}.dns), then copy %SystemRoot%\\System32\\dns\\{zone.Display}.dns";

    /// <summary>LXA0905 for a SIP or mail domain no supplied zone covers, saying when only the other split-brain copy came.</summary>
    public static void ReportMissingZone(RuleContext context, string what, DnsName domain, DnsZoneView view, Text.DumpLocation location, string logicalLocation)
    {
        var zones = Zones(context.Deployment);
        var other = view == DnsZoneView.External ? DnsZoneView.Internal : DnsZoneView.External;
        var note = zones.FindZone(domain, other) is { } otherCopy
            ? $" (only the {other.ToString().ToLowerInvariant()} copy {otherCopy.SourceFile} was supplied; the {view.ToString().ToLowerInvariant()} one is needed)"
            : string.Empty;
        context.ReportEvidenceMissing($"no zone for {what} {domain.Display}{note}", ZoneCommand(domain), location, logicalLocation);
    }

    /// <summary>The name as the zone writes it: <c>_sip._tls</c> in zone contoso.com, <c>@</c> for the apex.</summary>
    public static string RelativeName(DnsName name, DnsZone zone)
    {
        if (name == zone.Origin)
        {
            return "@";
        }

        var suffix = zone.Origin.IsRoot ? string.Empty : "." + zone.Origin.Display;
        return name.Display.EndsWith(suffix, StringComparison.Ordinal) ? name.Display[..^suffix.Length] : name.Value;
    }

    /// <summary>The record's name and type as messages list them: <c>_sip._tls.contoso.com (SRV)</c>.</summary>
    public static string Describe(ResourceRecord record) => $"{record.Owner.Display} ({record.TypeName})";

    /// <summary>What a record says, as "actual" in a message: <c>SRV 0 0 443 sip.contoso.com.</c>.</summary>
    public static string Rdata(ResourceRecord record) => record.TypeName + " " + record.Data.ToPresentation();

    public static RelatedLocation Related(ResourceRecord record, string why) =>
        new(record.Location, $"{why}: {record.Owner.Display} {Rdata(record)}");

    /// <summary>Where a missing-record finding points (the zone's SOA line), and the other copy when the zone came twice for one view.</summary>
    public static IEnumerable<RelatedLocation> ZoneCopies(DnsZoneSet zones, DnsZone zone) =>
        zones.Conflicts.Where(c => c.Zones.Contains(zone))
            .SelectMany(c => c.Zones.Where(z => z != zone))
            .Select(z => new RelatedLocation(z.Location, $"another copy of zone {z.Origin.Display} for the same view; {zone.SourceFile} was analysed"));

    public static string RemoveCommand(DnsZone zone, ResourceRecord record) =>
        $"Remove-DnsServerResourceRecord -ZoneName {zone.Origin.Display} -RRType {RrType(record.Type)} -Name {RelativeName(record.Owner, zone)} -Force";

    public static string AddSrvCommand(DnsZone zone, DnsName name, DnsName target, int port, int priority = 0, int weight = 0, bool hourTtl = false) =>
        string.Create(CultureInfo.InvariantCulture, $"Add-DnsServerResourceRecord -ZoneName {zone.Origin.Display} -Srv -Name {RelativeName(name, zone)} -DomainName {target.Display} -Priority {priority} -Weight {weight} -Port {port}{(hourTtl ? " -TimeToLive 01:00:00" : string.Empty)}");

    public static string AddCnameCommand(DnsZone zone, DnsName name, string alias, bool hourTtl = false) =>
        $"Add-DnsServerResourceRecord -ZoneName {zone.Origin.Display} -CName -Name {RelativeName(name, zone)} -HostNameAlias {alias}{(hourTtl ? " -TimeToLive 01:00:00" : string.Empty)}";

    private static string RrType(DnsRecordType type) => type switch
    {
        DnsRecordType.SRV => "Srv",
        DnsRecordType.CNAME => "CName",
        DnsRecordType.AAAA => "AAAA",
        DnsRecordType.A => "A",
        _ => DnsRecordTypes.Mnemonic(type),
    };
}
