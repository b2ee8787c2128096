using System.Collections.Immutable;
using System.Runtime.InteropServices;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Deployment.Users;

/// <summary>
/// Every person of the dump set, merged once per deployment (<see cref="DeploymentModel.GetIndex{TIndex}"/>) from LDIF
/// users, <c>Get-CsUser</c> and the recipient cmdlets, by DN, then SIP URI, then UPN (issue #4), with hash indexes by
/// SIP (host case-insensitive, user part ordinal, RULES.md §B.0), by every proxy address, by mail, by UPN and by DN.
/// Each index records its duplicate keys as it is filled, so duplicate detection is linear.
/// </summary>
public sealed class UsersIndex
{
    private static readonly string[] RecipientCmdlets = ["Get-Mailbox", "Get-RemoteMailbox", "Get-Recipient"];

    // Per LDIF file, one bit per attribute some entry of it carries: one lookup per entry instead of one per value.
    private readonly Dictionary<string, ulong> _exported;

    // Each key index is built on first use: rules read few of them (LXA0204 only ByDistinguishedName), and at a million
    // users each one costs a table of a million keys or more.
    private readonly Lazy<UserKeyIndex<SipUri>> _bySip;
    private readonly Lazy<UserKeyIndex<ProxyAddress>> _byProxyAddress;
    private readonly Lazy<UserKeyIndex<string>> _byMail;
    private readonly Lazy<UserKeyIndex<string>> _byUserPrincipalName;
    private readonly Lazy<UserKeyIndex<DistinguishedName>> _byDistinguishedName;

    private UsersIndex(ImmutableArray<DeploymentUser> users, Dictionary<string, ulong> exported)
    {
        Users = users;
        _exported = exported;
        _bySip = new(() => KeyIndex<SipUri>(null, users.Length, static (user, index) =>
        {
            if (user.SipUri.Effective is { } sip)
            {
                index.Add(sip.Value, user);
            }
        }));
        _byProxyAddress = new(() => KeyIndex<ProxyAddress>(null, ProxyCount(users), static (user, index) =>
        {
            if (user.ProxyAddresses is { } proxies)
            {
                foreach (var proxy in proxies.Addresses)
                {
                    index.Add(proxy, user);
                }
            }
        }));
        _byMail = new(() => KeyIndex<string>(StringComparer.OrdinalIgnoreCase, users.Length, static (user, index) =>
        {
            if (user.Mail.Effective is { } mail)
            {
                index.Add(mail.Value, user);
            }
        }));
        _byUserPrincipalName = new(() => KeyIndex<string>(StringComparer.OrdinalIgnoreCase, users.Length, static (user, index) =>
        {
            if (user.UserPrincipalName.Effective is { } upn)
            {
                index.Add(upn.Value, user);
            }
        }));
        _byDistinguishedName = new(() => KeyIndex<DistinguishedName>(null, users.Length, static (user, index) =>
        {
            if (user.DistinguishedName is { } dn)
            {
                index.Add(dn, user);
            }
        }));
    }

    public ImmutableArray<DeploymentUser> Users { get; }

    /// <summary>Users whose SIP URI (<see cref="DeploymentUser.SipUri"/>) is set, or who are Lync-enabled.</summary>
    public IEnumerable<DeploymentUser> LyncUsers => Users.Where(u => u.SipUri.HasValue || u.IsLyncEnabled);

    public UserKeyIndex<SipUri> BySip => _bySip.Value;

    public UserKeyIndex<ProxyAddress> ByProxyAddress => _byProxyAddress.Value;

    public UserKeyIndex<string> ByMail => _byMail.Value;

    public UserKeyIndex<string> ByUserPrincipalName => _byUserPrincipalName.Value;

    public UserKeyIndex<DistinguishedName> ByDistinguishedName => _byDistinguishedName.Value;

    /// <summary>Every disagreement between sources on a value rules use, in user order.</summary>
    public IEnumerable<UserValueConflict> Conflicts => Users.SelectMany(u => u.Conflicts);

    public static UsersIndex Of(DeploymentModel deployment) => deployment.GetIndex(Build);

    /// <summary>
    /// Whether the LDIF file holding <paramref name="directory"/> exported <paramref name="attribute"/> at all (some entry
    /// of it carries it). ldifde omits empty attributes, so an attribute absent from one entry means "empty" only when
    /// the export asked for it; an export whose attribute list left it out says nothing about it.
    /// </summary>
    public bool Exports(DirectoryObject directory, DirectoryAttribute attribute) =>
        (ExportMask(_exported, directory) & BitOf(attribute)) != 0;

    // DirectoryAttribute has 24 members; a 65th would need a wider mask (a shift count wraps at 64).
    internal static ulong BitOf(DirectoryAttribute attribute) => 1UL << (int)attribute;

    public static UsersIndex Build(DeploymentModel deployment)
    {
        var directories = deployment.All<DirectoryObject>();
        var expected = directories.TryGetNonEnumeratedCount(out var directoryCount) ? directoryCount : 0;
        var drafts = new List<Draft>(expected);
        var byDn = new Dictionary<DistinguishedName, Draft>(expected);
        // An LDIF-only dump set joins nothing: the SIP and UPN tables (a million keys each) are needed only to match
        // Get-CsUser and recipient records to entries.
        var joins = deployment.All<CsUser>().Any() || deployment.All<Mailbox>().Any();
        var bySip = new Dictionary<SipUri, Draft>(joins ? expected : 0);
        var byUpn = new Dictionary<string, Draft>(joins ? expected : 0, StringComparer.OrdinalIgnoreCase);
        var exported = new Dictionary<string, ulong>(StringComparer.Ordinal);

        foreach (var directory in directories)
        {
            ref var mask = ref CollectionsMarshal.GetValueRefOrAddDefault(exported, directory.Source.Path, out _);
            mask |= directory.Locations.AttributeMask();

            if (!directory.IsPerson || byDn.ContainsKey(directory.DistinguishedName))
            {
                continue;
            }

            var draft = new Draft { Directory = directory };
            drafts.Add(draft);
            if (joins)
            {
                Index(draft, directory.DistinguishedName, directory.PrimaryUserAddress, directory.UserPrincipalName, byDn, bySip, byUpn);
            }
            else
            {
                byDn.Add(directory.DistinguishedName, draft);
            }
        }

        foreach (var lyncUser in deployment.All<CsUser>())
        {
            var dn = DeploymentUser.ParseDn(lyncUser.Identity);
            var sip = DeploymentUser.ParseSip(lyncUser.SipAddress);
            var upn = Trimmed(lyncUser.UserPrincipalName);
            var draft = Find(dn, sip, upn, byDn, bySip, byUpn, d => d.LyncUser is null);
            if (draft is null)
            {
                draft = new Draft();
                drafts.Add(draft);
            }

            draft.LyncUser = lyncUser;
            Index(draft, dn, sip, upn, byDn, bySip, byUpn);
        }

        // Get-Mailbox / Get-RemoteMailbox describe the mailbox itself; Get-Recipient's reduced view comes after them.
        var recipients = deployment.All<Mailbox>()
            .OrderBy(m => string.Equals(m.Source.Cmdlet, "Get-Recipient", StringComparison.OrdinalIgnoreCase) ? 1 : 0);
        foreach (var mailbox in recipients)
        {
            var dn = DeploymentUser.ParseDn(mailbox.DistinguishedName);
            var sip = SipOf(mailbox);
            var upn = Trimmed(mailbox.UserPrincipalName);
            var draft = Find(dn, sip, upn, byDn, bySip, byUpn, _ => true);
            if (draft is null)
            {
                draft = new Draft();
                drafts.Add(draft);
            }

            draft.Mailboxes.Add(mailbox);
            Index(draft, dn, sip, upn, byDn, bySip, byUpn);
        }

        var recipientsComplete = Collected(deployment, "Get-Recipient")
            || (Collected(deployment, "Get-Mailbox") && Collected(deployment, "Get-RemoteMailbox"));
        var users = ImmutableArray.CreateBuilder<DeploymentUser>(drafts.Count);
        foreach (var d in drafts)
        {
            var mask = d.Directory is null ? 0 : ExportMask(exported, d.Directory);
            users.Add(new DeploymentUser(
                d.Directory,
                d.LyncUser,
                d.Mailboxes.Count == 0 ? [] : [.. d.Mailboxes],
                deployment,
                recipientsComplete || (mask & BitOf(DirectoryAttribute.RecipientTypeDetails)) != 0,
                mask));
        }

        return new UsersIndex(users.MoveToImmutable(), exported);
    }

    // Presized: growing a table to a million keys rehashes it about twenty times.
    private UserKeyIndex<TKey> KeyIndex<TKey>(IEqualityComparer<TKey>? comparer, int capacity, Action<DeploymentUser, UserKeyIndex<TKey>> add)
        where TKey : notnull
    {
        var index = new UserKeyIndex<TKey>(comparer, capacity);
        foreach (var user in Users)
        {
            add(user, index);
        }

        return index;
    }

    private static int ProxyCount(ImmutableArray<DeploymentUser> users)
    {
        var count = 0;
        foreach (var user in users)
        {
            count += user.ProxyAddresses?.Addresses.Length ?? 0;
        }

        return count;
    }

    private static ulong ExportMask(Dictionary<string, ulong> exported, DirectoryObject directory) =>
        exported.GetValueOrDefault(directory.Source.Path);

    /// <summary>Whether any recipient cmdlet was collected.</summary>
    public static bool RecipientsCollected(DeploymentModel deployment) => RecipientCmdlets.Any(c => Collected(deployment, c));

    private static bool Collected(DeploymentModel deployment, string cmdlet) =>
        deployment.StateOf(cmdlet) is CollectionState.Collected or CollectionState.CollectedEmpty;

    private static Draft? Find(
        DistinguishedName? dn,
        SipUri? sip,
        string? upn,
        Dictionary<DistinguishedName, Draft> byDn,
        Dictionary<SipUri, Draft> bySip,
        Dictionary<string, Draft> byUpn,
        Func<Draft, bool> accepts)
    {
        if (dn is not null && byDn.TryGetValue(dn, out var found) && accepts(found))
        {
            return found;
        }

        if (sip is not null && bySip.TryGetValue(sip, out found) && accepts(found))
        {
            return found;
        }

        return upn is not null && byUpn.TryGetValue(upn, out found) && accepts(found) ? found : null;
    }

    private static void Index(
        Draft draft,
        DistinguishedName? dn,
        SipUri? sip,
        string? upn,
        Dictionary<DistinguishedName, Draft> byDn,
        Dictionary<SipUri, Draft> bySip,
        Dictionary<string, Draft> byUpn)
    {
        if (dn is not null)
        {
            byDn.TryAdd(dn, draft);
        }

        if (sip is not null)
        {
            bySip.TryAdd(sip, draft);
        }

        if (upn is not null)
        {
            byUpn.TryAdd(upn, draft);
        }
    }

    /// <summary>The recipient's SIP proxy as a SIP URI: the primary <c>SIP:</c> entry, else the first <c>sip:</c> one.</summary>
    private static SipUri? SipOf(Mailbox mailbox)
    {
        SipUri? first = null;
        foreach (var text in mailbox.EmailAddresses)
        {
            if (ProxyAddress.TryParse(text.Trim(), out var proxy, out _) && proxy is { Type: ProxyAddressType.Sip, Sip: { } sip })
            {
                if (proxy.IsPrimary)
                {
                    return sip;
                }

                first ??= sip;
            }
        }

        return first;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed class Draft
    {
        public DirectoryObject? Directory { get; init; }

        public CsUser? LyncUser { get; set; }

        public List<Mailbox> Mailboxes { get; } = [];
    }
}
