using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Deployment.Domains;
using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Rules.Hybrid;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules.OAuth;

/// <summary>
/// Facts the OAuth and hybrid rules share: whether Exchange 2013 mailboxes serve Lync users, the names Exchange and
/// Lync are known by (autodiscover hosts, pool FQDNs, SIP and SMTP domains), and the values the fix commands need.
/// </summary>
internal static class IntegrationFacts
{
    public const string ExchangeApplicationId = "00000002-0000-0ff1-ce00-000000000000";

    public const string LyncApplicationId = "00000004-0000-0ff1-ce00-000000000000";

    private static readonly string[] ExchangeOnPremCmdlets = ["Get-ExchangeServer", "Get-Mailbox", "Get-Recipient", "Get-RemoteMailbox"];

    /// <summary>Rules that apply only "with Exchange 2013 on-premises" need to see where mailboxes are.</summary>
    public static EvidenceRequirement ExchangeMailboxEvidence { get; } = new(
        "no Exchange dumps showing whether Lync users have Exchange 2013 mailboxes (Get-ExchangeServer, Get-Mailbox)",
        "Get-ExchangeServer | Export-Clixml Get-ExchangeServer.xml; Get-Mailbox -ResultSize Unlimited | Export-Clixml Get-Mailbox.xml",
        d => ExchangeOnPremCmdlets.Any(c => d.StateOf(c) is CollectionState.Collected or CollectionState.CollectedEmpty));

    /// <summary>
    /// RULES.md LXA0501 "MailboxLocation = Exchange2013 for some Lync user": decided per user when Lync users and
    /// recipients can be joined; otherwise from any Exchange 2013-class mailbox or Mailbox server in the dumps.
    /// </summary>
    public static bool LyncUsersHaveExchange2013Mailboxes(DeploymentModel deployment, out DumpLocation evidence)
    {
        var users = LyncUserMailboxes.Of(deployment).Users;
        if (users.FirstOrDefault(u => u.MailboxLocation == MailboxLocation.Exchange2013) is { Mailbox: { } mailbox })
        {
            evidence = mailbox.Locations.RecipientTypeDetails;
            return true;
        }

        if (users.Any(u => u.Mailbox is not null))
        {
            // The joined users all have mailboxes elsewhere (Exchange Online, legacy, none).
            evidence = DumpLocation.None;
            return false;
        }

        if (deployment.All<Mailbox>().FirstOrDefault(m => RecipientClassification.Classify(m, deployment) == MailboxLocation.Exchange2013) is { } any)
        {
            evidence = any.Locations.RecipientTypeDetails;
            return true;
        }

        var server = deployment.All<ExchangeServer>().FirstOrDefault(s => s.HasRole("Mailbox") && s.AdminDisplayVersion?.Trim().StartsWith("Version 15", StringComparison.OrdinalIgnoreCase) == true);
        evidence = server?.Locations.AdminDisplayVersion ?? DumpLocation.None;
        return server is not null;
    }

    /// <summary>Front End pools (Registrar or Web services): the hosts of Lync's <c>/metadata/json/1</c> document.</summary>
    public static IReadOnlyList<string> LyncPoolFqdns(DeploymentModel deployment) =>
        [.. deployment.All<CsPool>()
            .Where(p => p.HasService("Registrar") || p.HasService("UserServer") || p.HasService("WebServer"))
            .Select(p => p.PoolFqdn?.Trim().TrimEnd('.'))
            .OfType<string>()
            .Where(f => f.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    public static IReadOnlyList<string> SipDomains(DeploymentModel deployment) =>
        [.. deployment.All<CsSipDomain>().Select(d => d.DomainName?.Trim())
            .Concat(deployment.All<CsUser>().Select(u => DomainOf(LyncUserMailboxes.SipKey(u.SipAddress))))
            .OfType<string>()
            .Where(d => d.Length > 0)
            .Select(d => d.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)];

    public static IReadOnlyList<string> SmtpDomains(DeploymentModel deployment) =>
        [.. deployment.All<Mailbox>().Select(m => DomainOf(m.PrimarySmtpAddress ?? m.WindowsEmailAddress))
            .OfType<string>()
            .Select(d => d.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)];

    /// <summary>Whether the dumps name Exchange's hosts at all (CAS or server list), so an unknown host means something.</summary>
    public static bool ExchangeHostsKnown(DeploymentModel deployment) =>
        deployment.All<ClientAccessServer>().Any() || deployment.All<ExchangeServer>().Any();

    /// <summary>Hosts that serve Exchange autodiscover/metadata: CAS URIs and FQDNs, servers, Lync's own setting, autodiscover.&lt;domain&gt;.</summary>
    public static HashSet<string> ExchangeHosts(DeploymentModel deployment)
    {
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var cas in deployment.All<ClientAccessServer>())
        {
            AddHost(hosts, cas.AutoDiscoverServiceInternalUri?.Host);
            AddHost(hosts, cas.Fqdn);
        }

        foreach (var server in deployment.All<ExchangeServer>())
        {
            AddHost(hosts, server.Fqdn);
        }

        foreach (var configuration in deployment.All<CsOAuthConfiguration>())
        {
            AddHost(hosts, HostOf(configuration.ExchangeAutodiscoverUrl));
        }

        foreach (var domain in SmtpDomains(deployment).Concat(SipDomains(deployment)))
        {
            AddHost(hosts, "autodiscover." + domain);
        }

        return hosts;
    }

    /// <summary>The domain for <c>https://autodiscover.{domain}/…</c> in fix commands, from what Lync and Exchange already use.</summary>
    public static string AutodiscoverDomain(DeploymentModel deployment)
    {
        var configured = deployment.All<CsOAuthConfiguration>().Select(c => HostOf(c.ExchangeAutodiscoverUrl))
            .Concat(deployment.All<ClientAccessServer>().Select(c => c.AutoDiscoverServiceInternalUri?.Host))
            .OfType<string>()
            .FirstOrDefault(h => h.StartsWith("autodiscover.", StringComparison.OrdinalIgnoreCase));
        if (configured is not null)
        {
            return configured["autodiscover.".Length..].ToLowerInvariant();
        }

        var defaultSip = deployment.All<CsSipDomain>().FirstOrDefault(d => d.IsDefault == true)?.DomainName?.Trim();
        return defaultSip ?? SmtpDomains(deployment).FirstOrDefault() ?? SipDomains(deployment).FirstOrDefault() ?? "<your-domain>";
    }

    /// <summary>A Lync user with an Exchange 2013 mailbox, for <c>Test-CsExStorageConnectivity -SipUri</c>.</summary>
    public static string SampleSipUser(DeploymentModel deployment)
    {
        var users = LyncUserMailboxes.Of(deployment).Users;
        var user = users.FirstOrDefault(u => u.MailboxLocation == MailboxLocation.Exchange2013 && u.User.SipAddress is not null)
            ?? users.FirstOrDefault(u => u.User.SipAddress is not null);
        return user is null ? "<user@your-domain>" : LyncUserMailboxes.SipKey(user.User.SipAddress)!;
    }

    /// <summary>Where a cmdlet's output starts (its first object, or the whole file when it returned nothing).</summary>
    public static DumpLocation CollectionLocation(DeploymentModel deployment, string cmdlet) =>
        deployment.Collections.FirstOrDefault(c => string.Equals(c.Cmdlet, cmdlet, StringComparison.OrdinalIgnoreCase))?.Location ?? DumpLocation.None;

    /// <summary>The path of a metadata or autodiscover URL, or null when the text is not an absolute URL.</summary>
    public static string? PathOf(string? url) =>
        !string.IsNullOrWhiteSpace(url) && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) ? uri.AbsolutePath : null;

    public static string? HostOf(string? url) =>
        !string.IsNullOrWhiteSpace(url) && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) ? uri.Host : null;

    public static bool SameHost(string? a, string? b) => LyncIdentity.FqdnEquals(a, b);

    private static string? DomainOf(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var at = address.LastIndexOf('@');
        return at < 0 || at == address.Length - 1 ? null : address[(at + 1)..].Trim();
    }

    private static void AddHost(HashSet<string> hosts, string? host)
    {
        if (!string.IsNullOrWhiteSpace(host))
        {
            hosts.Add(host.Trim().TrimEnd('.'));
        }
    }
}
