using System.Collections.Immutable;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Rules.Hybrid;

/// <summary>
/// Per-user Lync home and mailbox location (RULES.md §B.0, §C.2 step 3) from <c>Get-CsUser</c> joined to
/// <c>Get-Mailbox</c>/<c>Get-RemoteMailbox</c>/<c>Get-Recipient</c> by SIP proxy, UPN, DN, SMTP address or account name.
/// Built once per deployment; where a mailbox lives is <see cref="RecipientClassification"/>, shared with the merged user view.
/// </summary>
internal sealed class LyncUserMailboxes
{
    private static readonly string[] MailboxCmdlets = ["Get-Mailbox", "Get-RemoteMailbox", "Get-Recipient"];

    private LyncUserMailboxes(ImmutableArray<LyncUserMailbox> users, bool mailboxesCollected)
    {
        Users = users;
        MailboxesCollected = mailboxesCollected;
    }

    public ImmutableArray<LyncUserMailbox> Users { get; }

    /// <summary>Whether any recipient cmdlet was collected (an unmatched user is then Unknown, not None).</summary>
    public bool MailboxesCollected { get; }

    public static LyncUserMailboxes Of(DeploymentModel deployment) => deployment.GetIndex(Build);

    /// <summary>The evidence per-user mailbox rules need, with the command that collects it.</summary>
    public static EvidenceRequirement MailboxEvidence { get; } = new(
        "no Exchange recipient dumps showing where mailboxes live (Get-Mailbox, Get-RemoteMailbox or Get-Recipient)",
        "Get-Mailbox -ResultSize Unlimited | Export-Clixml Get-Mailbox.xml; Get-RemoteMailbox -ResultSize Unlimited | Export-Clixml Get-RemoteMailbox.xml",
        d => MailboxCmdlets.Any(c => d.StateOf(c) is CollectionState.Collected or CollectionState.CollectedEmpty));

    public static UserHome HomeOf(CsUser user)
    {
        var provider = user.HostingProvider?.Trim();
        if (string.Equals(provider, "SRV:", StringComparison.OrdinalIgnoreCase))
        {
            return UserHome.OnPrem;
        }

        return string.Equals(provider?.TrimEnd('.'), "sipfed.online.lync.com", StringComparison.OrdinalIgnoreCase) ? UserHome.Online : UserHome.Unknown;
    }

    /// <summary>A SIP address as <c>user@host</c>: scheme dropped, host lower-cased, user part kept (RFC 3261 §19.1.4).</summary>
    public static string? SipKey(string? sip)
    {
        if (string.IsNullOrWhiteSpace(sip))
        {
            return null;
        }

        var value = sip.Trim();
        if (value.StartsWith("sip:", StringComparison.OrdinalIgnoreCase))
        {
            value = value[4..];
        }

        var at = value.LastIndexOf('@');
        return at <= 0 ? value : value[..at] + "@" + value[(at + 1)..].ToLowerInvariant();
    }

    private static LyncUserMailboxes Build(DeploymentModel deployment)
    {
        var byKey = new Dictionary<string, Mailbox>(StringComparer.Ordinal);
        foreach (var mailbox in deployment.All<Mailbox>())
        {
            foreach (var key in KeysOf(mailbox))
            {
                byKey.TryAdd(key, mailbox);
            }
        }

        var users = ImmutableArray.CreateBuilder<LyncUserMailbox>();
        foreach (var user in deployment.All<CsUser>())
        {
            var mailbox = KeysOf(user).Select(k => byKey.GetValueOrDefault(k)).FirstOrDefault(m => m is not null);
            var location = mailbox is null ? MailboxLocation.Unknown : RecipientClassification.Classify(mailbox, deployment);
            users.Add(new LyncUserMailbox(user, mailbox, HomeOf(user), location));
        }

        var collected = MailboxCmdlets.Any(c => deployment.StateOf(c) is CollectionState.Collected or CollectionState.CollectedEmpty);
        return new LyncUserMailboxes(users.ToImmutable(), collected);
    }

    private static IEnumerable<string> KeysOf(Mailbox mailbox)
    {
        foreach (var address in mailbox.EmailAddresses)
        {
            var colon = address.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var prefix = address[..colon];
            if (prefix.Equals("sip", StringComparison.OrdinalIgnoreCase) && SipKey(address) is { } sip)
            {
                yield return "sip|" + sip;
            }
            else if (prefix.Equals("smtp", StringComparison.OrdinalIgnoreCase))
            {
                yield return "smtp|" + address[(colon + 1)..].Trim().ToLowerInvariant();
            }
        }

        if (Lower(mailbox.UserPrincipalName) is { } upn)
        {
            yield return "upn|" + upn;
        }

        if (Lower(mailbox.DistinguishedName) is { } dn)
        {
            yield return "dn|" + dn;
        }

        if (Lower(mailbox.PrimarySmtpAddress) is { } smtp)
        {
            yield return "smtp|" + smtp;
        }

        if (Lower(mailbox.WindowsEmailAddress) is { } windows)
        {
            yield return "smtp|" + windows;
        }

        if (Lower(mailbox.SamAccountName) is { } sam)
        {
            yield return "sam|" + sam;
        }
    }

    private static IEnumerable<string> KeysOf(CsUser user)
    {
        if (SipKey(user.SipAddress) is { } sip)
        {
            yield return "sip|" + sip;
        }

        if (Lower(user.UserPrincipalName) is { } upn)
        {
            yield return "upn|" + upn;
        }

        if (Lower(user.Identity) is { } dn)
        {
            yield return "dn|" + dn;
        }

        if (Lower(user.WindowsEmailAddress) is { } smtp)
        {
            yield return "smtp|" + smtp;
        }

        if (Lower(user.SamAccountName) is { } sam)
        {
            yield return "sam|" + sam;
        }
    }

    private static string? Lower(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}
