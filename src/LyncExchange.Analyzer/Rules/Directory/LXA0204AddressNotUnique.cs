using System.Collections.Immutable;
using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Rules.OAuth;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>
/// The same SIP address on several directory objects (users, contacts, groups) stops Lync Online sign-in and confuses
/// OWA; any other duplicated proxy address makes dirsync drop the objects (KB 2643629). Grouping is one hash pass.
/// </summary>
[Rule("LXA0204", RuleCategory.Directory, DiagnosticSeverity.Error,
    Title = "SIP address (or other proxy address) not unique",
    Message = "SIP address '{0}' is used by {1} objects ({2}); duplicate SIP addresses stop Lync Online sign-in and confuse OWA/Exchange.",
    HelpUri = "https://learn.microsoft.com/troubleshoot/skype/online/online-configuration/msrtcsip-primaryuseraddress-proxyaddaddress",
    Tags = ["KB2614242", "KB2643629"])]
internal sealed partial class LXA0204AddressNotUnique : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [EvidenceRequirement.DirectoryUsers];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var users = UsersIndex.Of(context.Deployment);
        var directories = context.Deployment.All<DirectoryObject>();
        var others = users.Users.Where(u => u.Directory is null);

        // Nearly every address has one holder; building a holder (key string, location, owner) for each of a million
        // users' addresses costs more than the rest of the run. So: a 64-bit hash per (object, address), and only the
        // addresses whose hash more than one object carries are then grouped by their exact keys, exactly as before.
        var candidates = AddressHashes.SharedBetweenObjects(directories, others);
        if (candidates.Count == 0)
        {
            return;
        }

        var sipHolders = new AddressHolders<Holder>();
        var proxyHolders = new AddressHolders<Holder>();
        var involved = new List<DirectoryObject>();
        foreach (var item in directories)
        {
            if (AddressHashes.Any(item, candidates))
            {
                involved.Add(item);
            }
        }

        // LDIF holds every object class; people found only in cmdlet dumps join from the merged view.
        var people = UsersByDistinguishedName(users, involved);
        foreach (var item in involved)
        {
            var owner = new Owner(item.DistinguishedName.Canonical, item.ObjectIdentity, item.DistinguishedName.Text, item.IsPerson ? people.GetValueOrDefault(item.DistinguishedName) : null);
            if (item.PrimaryUserAddress is { } sip && candidates.Contains(AddressHashes.Of(sip)))
            {
                Add(sipHolders, SipKey(sip), owner, item.Locations[DirectoryAttribute.PrimaryUserAddress], "msRTCSIP-PrimaryUserAddress", sip.Normalized);
            }

            ImmutableArray<DumpLocation> locations = default;
            for (var i = 0; i < item.ProxyAddresses.Count; i++)
            {
                var proxy = item.ProxyAddresses[i];
                if (AddressHashes.Of(proxy) is { } hash && candidates.Contains(hash))
                {
                    locations = locations.IsDefault ? item.Locations.All(DirectoryAttribute.ProxyAddresses) : locations;
                    AddProxy(sipHolders, proxyHolders, owner, proxy, i < locations.Length ? locations[i] : item.Source.Location, "proxyAddresses");
                }
            }
        }

        foreach (var user in others)
        {
            if (!AddressHashes.Any(user, candidates))
            {
                continue;
            }

            var owner = new Owner(user.DistinguishedName?.Canonical ?? user.ObjectIdentity, user.ObjectIdentity, user.DistinguishedName?.Text ?? user.Name, user);
            if (user.SipUri.Effective is { } sip && candidates.Contains(AddressHashes.Of(sip.Value)))
            {
                Add(sipHolders, SipKey(sip.Value), owner, sip.Location, sip.Attribute, sip.Value.Normalized);
            }

            if (user.ProxyAddresses is { } list)
            {
                for (var i = 0; i < list.Addresses.Length; i++)
                {
                    if (AddressHashes.Of(list.Addresses[i]) is { } hash && candidates.Contains(hash))
                    {
                        AddProxy(sipHolders, proxyHolders, owner, list.Addresses[i], list.Locations[i], list.Attribute);
                    }
                }
            }
        }

        Report(context, sipHolders, sip: true);
        Report(context, proxyHolders, sip: false);
    }

    /// <summary>
    /// What <see cref="UserKeyIndex{TKey}.FindSingle"/> on <see cref="UsersIndex.ByDistinguishedName"/> answers, for the
    /// few people involved only: the one merged user with that DN, or null when none or several have it.
    /// </summary>
    private static Dictionary<DistinguishedName, DeploymentUser?> UsersByDistinguishedName(UsersIndex users, List<DirectoryObject> involved)
    {
        var found = new Dictionary<DistinguishedName, DeploymentUser?>();
        var seen = new HashSet<DistinguishedName>();
        foreach (var item in involved)
        {
            if (item.IsPerson)
            {
                seen.Add(item.DistinguishedName);
            }
        }

        if (seen.Count == 0)
        {
            return found;
        }

        foreach (var user in users.Users)
        {
            if (user.DistinguishedName is { } dn && seen.Contains(dn))
            {
                // A second person with the DN makes the answer ambiguous, as the key index's list of holders is.
                found[dn] = found.ContainsKey(dn) ? null : user;
            }
        }

        return found;
    }

    private static void AddProxy(AddressHolders<Holder> sips, AddressHolders<Holder> others, Owner owner, ProxyAddress proxy, DumpLocation location, string attribute)
    {
        if (proxy.Type == ProxyAddressType.Sip)
        {
            if (proxy.Sip is { } sip)
            {
                Add(sips, SipKey(sip), owner, location, attribute, proxy.Text);
            }

            return;
        }

        // Prefix-insensitive, address lower-cased: Exchange's own uniqueness check.
        Add(others, proxy.Prefix.ToUpperInvariant() + ":" + proxy.Address.Trim().ToLowerInvariant(), owner, location, attribute, proxy.Text);
    }

    /// <summary>RULES.md LXA0204: the lower-cased SIP value, so a case-only twin counts as the same address.</summary>
    private static string SipKey(SipUri sip) => (sip.User + "@" + sip.Host).ToLowerInvariant();

    private static void Add(AddressHolders<Holder> holders, string key, Owner owner, DumpLocation location, string attribute, string value)
    {
        holders.Add(key, new Holder(owner, location, attribute, value));
    }

    private static void Report(RuleContext context, AddressHolders<Holder> holders, bool sip)
    {
        foreach (var (key, list) in holders.Shared())
        {
            var owners = list.Select(h => h.Owner).DistinctBy(o => o.Key, StringComparer.OrdinalIgnoreCase).ToList();
            if (owners.Count < 2)
            {
                continue;
            }

            var dns = string.Join("; ", owners.Select(o => o.Shown));
            foreach (var holder in list.DistinctBy(h => h.Owner.Key, StringComparer.OrdinalIgnoreCase))
            {
                var others = owners.Where(o => !string.Equals(o.Key, holder.Owner.Key, StringComparison.OrdinalIgnoreCase)).ToList();
                var related = list.Where(h => !string.Equals(h.Owner.Key, holder.Owner.Key, StringComparison.OrdinalIgnoreCase))
                    .Select(h => new RelatedLocation(h.Location, $"{h.Owner.Shown}: {h.Attribute} '{h.Value}'"));
                var name = holder.Owner.User?.Name ?? holder.Owner.Shown;
                var message = sip
                    ? context.Descriptor.FormatMessage(key, owners.Count, dns)
                    : $"Proxy address '{holder.Value}' is used by {owners.Count} objects ({dns}); directory synchronisation drops objects whose proxy addresses are not unique (KB 2643629).";
                var fix = sip
                    ? (holder.Attribute == "proxyAddresses" || holder.Attribute == "EmailAddresses"
                        ? $"Set-Mailbox '{name}' -EmailAddresses @{{Remove='{holder.Value}'}}   # on the object that must not have it; then force dirsync"
                        : $"Set-CsUser '{name}' -SipAddress 'sip:<unique address>'   # on every object but the rightful owner; then force dirsync")
                    : $"Set-Mailbox '{name}' -EmailAddresses @{{Remove='{holder.Value}'}}   # keep it on one of: {string.Join("; ", owners.Select(o => o.Shown))}";
                context.ReportFinding(
                    holder.Location,
                    holder.Owner.Identity,
                    [key, owners.Count, dns],
                    fix: fix,
                    severity: sip ? null : DiagnosticSeverity.Warning,
                    related: related,
                    properties: [new("value", key), new("actual", $"{owners.Count} objects"), new("others", string.Join("; ", others.Select(o => o.Shown)))],
                    message: message);
            }
        }
    }

    private sealed record Owner(string Key, string Identity, string Shown, DeploymentUser? User);

    private sealed record Holder(Owner Owner, DumpLocation Location, string Attribute, string Value);
}
