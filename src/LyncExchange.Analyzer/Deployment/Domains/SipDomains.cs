using System.Collections.Immutable;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Model.Dns;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Deployment.Domains;

/// <summary>
/// RULES.md §B.0 "SIP domains" (<c>Get-CsSipDomain</c> identities ∪ the domains of every user's SIP URI) and the mail
/// domains of Lync-enabled users that LXA0106 checks, each with where it was seen. Built once per deployment.
/// Users come from <see cref="LyncUsers"/>, the one place that knows which dumps carry users.
/// </summary>
internal sealed class SipDomains
{
    private SipDomains(DeploymentModel deployment)
    {
        var declared = deployment.All<CsSipDomain>().ToList();
        var users = LyncUsers(deployment).ToList();
        UsersKnown = users.Any(u => u.SipUri is not null) || deployment.StateOf("Get-CsUser") == CollectionState.CollectedEmpty;

        var domains = new Dictionary<DnsName, SipDomain>();
        foreach (var domain in declared)
        {
            if (domain.DomainName is { } text && DnsName.TryParseHost(text, out var name) && !domains.ContainsKey(name))
            {
                var location = domain.Locations.Name.IsNone ? domain.Locations.Identity : domain.Locations.Name;
                domains[name] = new SipDomain(name, location.IsNone ? domain.Source.Location : location, Declared: true, 0, DumpLocation.None);
            }
        }

        // The same user often appears in Get-CsUser and in the LDIF export: count each SIP address once.
        // A million users share a handful of domains: tally per domain and build each record once at the end.
        var counted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var parser = new DomainParser();
        var tallies = new Dictionary<DnsName, (int Users, DumpLocation FirstUser)>();
        foreach (var user in users)
        {
            if (parser.DomainOf(user.SipUri) is not { } name)
            {
                continue;
            }

            if (!domains.ContainsKey(name))
            {
                domains[name] = new SipDomain(name, user.SipLocation, Declared: false, 0, DumpLocation.None);
            }

            if (user.LyncEnabled && counted.Add(NormalizeSip(user.SipUri)!))
            {
                var (count, first) = tallies.GetValueOrDefault(name);
                tallies[name] = (count + 1, first.IsNone ? user.SipLocation : first);
            }
        }

        foreach (var (name, (count, first)) in tallies)
        {
            var known = domains[name];
            domains[name] = known with { LyncEnabledUsers = known.LyncEnabledUsers + count, FirstUserLocation = known.FirstUserLocation.IsNone ? first : known.FirstUserLocation };
        }

        Domains = [.. domains.Values.OrderBy(d => d.Name)];
        MailDomains = CollectMailDomains(deployment, users, parser);
    }

    /// <summary>Every SIP domain, ordered by name.</summary>
    public ImmutableArray<SipDomain> Domains { get; }

    /// <summary>The mail domains of Lync-enabled users (their mail attribute, WindowsEmailAddress or mailbox primary SMTP).</summary>
    public ImmutableArray<MailDomain> MailDomains { get; }

    /// <summary>Some dump lists users (possibly none), so "no Lync-enabled user in D" is an answer, not missing evidence.</summary>
    public bool UsersKnown { get; }

    public static SipDomains Of(DeploymentModel deployment) => deployment.GetIndex(static d => new SipDomains(d));

    /// <summary>The domain of <c>sip:alice@contoso.com</c>, <c>SMTP:alice@contoso.com</c> or <c>alice@contoso.com</c>.</summary>
    public static DnsName? DomainOf(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var at = address.LastIndexOf('@');
        return at < 0 ? null : ParseHost(address[(at + 1)..].Trim().TrimEnd('>'));
    }

    private static DnsName? ParseHost(string host) =>
        host.Length > 0 && DnsName.TryParseHost(host, out var name) && !name.IsRoot ? name : null;

    /// <summary><see cref="DomainOf"/> that parses each distinct host spelling once and allocates nothing for the others.</summary>
    private sealed class DomainParser
    {
        private readonly Dictionary<string, DnsName?> _byHost = new(StringComparer.Ordinal);

        public DnsName? DomainOf(string? address)
        {
            if (string.IsNullOrWhiteSpace(address))
            {
                return null;
            }

            var at = address.LastIndexOf('@');
            if (at < 0)
            {
                return null;
            }

            var host = address.AsSpan(at + 1).Trim().TrimEnd('>');
            var lookup = _byHost.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(host, out var name))
            {
                var text = host.ToString();
                name = ParseHost(text);
                _byHost[text] = name;
            }

            return name;
        }
    }

    /// <summary>
    /// The users of the dump set, whatever dump lists them: <c>Get-CsUser</c> and the directory (LDIF
    /// <c>msRTCSIP-PrimaryUserAddress</c>, <c>msRTCSIP-UserEnabled</c>, <c>mail</c>).
    /// </summary>
    private static IEnumerable<LyncUser> LyncUsers(DeploymentModel deployment)
    {
        foreach (var user in deployment.All<CsUser>())
        {
            // RULES.md LyncEnabled is Enabled=True; a dump without the Enabled column (Select-Object) still lists only
            // accounts Lync provisioned, so only an explicit False counts as disabled.
            yield return new LyncUser(
                user.SipAddress,
                user.Locations.SipAddress.IsNone ? user.Source.Location : user.Locations.SipAddress,
                user.Enabled != false,
                user.WindowsEmailAddress,
                user.Locations.WindowsEmailAddress,
                user.UserPrincipalName,
                ExchangeOnline: false);
        }

        foreach (var entry in deployment.All<DirectoryObject>())
        {
            if (!entry.IsPerson || entry.PrimaryUserAddress is null)
            {
                continue;
            }

            // As for Get-CsUser: an export without msRTCSIP-UserEnabled (an ldifde -l list that left it out) is not "disabled".
            var sipLocation = entry.Locations[DirectoryAttribute.PrimaryUserAddress];
            yield return new LyncUser(
                entry.PrimaryUserAddress.UserAtHost,
                sipLocation.IsNone ? entry.Source.Location : sipLocation,
                entry.LyncEnabled != false,
                entry.Mail,
                entry.Locations[DirectoryAttribute.Mail],
                entry.UserPrincipalName,
                entry.MailboxLocation == MailboxLocation.ExchangeOnline);
        }
    }

    private static ImmutableArray<MailDomain> CollectMailDomains(DeploymentModel deployment, List<LyncUser> users, DomainParser parser)
    {
        var domains = new Dictionary<DnsName, MailDomain>();
        var tallies = new Dictionary<DnsName, (int Users, bool ExchangeOnline)>();

        void Add(string? mail, DumpLocation location, bool exchangeOnline)
        {
            if (parser.DomainOf(mail) is not { } name)
            {
                return;
            }

            domains.TryAdd(name, new MailDomain(name, 0, location, false));
            var (count, online) = tallies.GetValueOrDefault(name);
            tallies[name] = (count + 1, online || exchangeOnline);
        }

        foreach (var user in users)
        {
            if (user.LyncEnabled)
            {
                Add(user.Mail, user.MailLocation, user.ExchangeOnline);
            }
        }

        // A mailbox is a Lync user's when it carries the user's SIP proxy (KB 2614242 step 2) or shares the UPN. The
        // two sets cost a string per user: only built when there are mailboxes to match.
        var mailboxes = deployment.All<Mailbox>();
        if (mailboxes.Any())
        {
            var enabled = users.Where(u => u.LyncEnabled).ToList();
            var lyncUpns = enabled.Select(u => u.UserPrincipalName?.Trim()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            var lyncSips = enabled.Select(u => NormalizeSip(u.SipUri)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var mailbox in mailboxes)
            {
                var sips = mailbox.EmailAddresses.Where(a => a.StartsWith("sip:", StringComparison.OrdinalIgnoreCase)).Select(NormalizeSip);
                var isLyncUsers = sips.Any(s => s is not null && (lyncSips.Count == 0 || lyncSips.Contains(s)))
                    || (mailbox.UserPrincipalName is { } upn && lyncUpns.Contains(upn.Trim()));
                if (isLyncUsers)
                {
                    var online = mailbox.RecipientTypeDetails?.Contains("Remote", StringComparison.OrdinalIgnoreCase) == true;
                    Add(mailbox.PrimarySmtpAddress ?? mailbox.WindowsEmailAddress, mailbox.Locations.PrimarySmtpAddress.IsNone ? mailbox.Source.Location : mailbox.Locations.PrimarySmtpAddress, online);
                }
            }
        }

        return [.. domains.Values.Select(d => d with { Users = tallies[d.Name].Users, ExchangeOnline = tallies[d.Name].ExchangeOnline }).OrderBy(d => d.Name)];
    }

    private static string? NormalizeSip(string? uri)
    {
        var text = uri?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
    }

    private sealed record LyncUser(string? SipUri, DumpLocation SipLocation, bool LyncEnabled, string? Mail, DumpLocation MailLocation, string? UserPrincipalName, bool ExchangeOnline);
}

/// <summary>A SIP domain, where it was declared (or first used), and how many Lync-enabled users have an address in it.</summary>
internal sealed record SipDomain(DnsName Name, DumpLocation Location, bool Declared, int LyncEnabledUsers, DumpLocation FirstUserLocation)
{
    public string Display => Name.Display;

    public string LogicalLocation => "SipDomain:" + Display;

    public RelatedLocation Related => new(Location, Declared ? $"SIP domain {Display} (Get-CsSipDomain)" : $"SIP domain {Display}, from a user's SIP address");
}

/// <summary>A mail domain of Lync-enabled users, where the first address was seen, and whether any of its mailboxes is in Exchange Online.</summary>
internal sealed record MailDomain(DnsName Name, int Users, DumpLocation FirstLocation, bool ExchangeOnline)
{
    public string Display => Name.Display;

    public string LogicalLocation => "MailDomain:" + Display;
}
