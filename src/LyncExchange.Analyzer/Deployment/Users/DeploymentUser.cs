using System.Collections.Immutable;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Deployment.Users;

/// <summary>
/// One person as all dumps together show them: the LDIF entry, the <c>Get-CsUser</c> record and the recipient records
/// (issue #4 "Directory model"), merged by DN, then SIP URI, then UPN. Every value the rules use keeps each source's
/// value and location. Precedence: LDIF for directory attributes (it is what AD holds and dirsync carries), then
/// <c>Get-CsUser</c>, then the recipient cmdlets; for where the mailbox lives the Exchange cmdlets win (RULES.md decision 4).
/// </summary>
public sealed class DeploymentUser
{
    internal DeploymentUser(DirectoryObject? directory, CsUser? lyncUser, ImmutableArray<Mailbox> mailboxes, DeploymentModel deployment, bool recipientsComplete, ulong ldifExports, bool mergeUpFront = false)
    {
        Directory = directory;
        _ldifExports = ldifExports;
        _recipientsComplete = recipientsComplete;

        // A person only an LDIF entry describes (nearly all of a million-user export) keeps nothing but the entry: each
        // value is derived from it when a rule asks, so the merged view costs a few words per user. People with cmdlet
        // records are merged once, as the derivation there parses text (EmailAddresses) and looks up servers.
        if (mergeUpFront || lyncUser is not null || !mailboxes.IsEmpty)
        {
            _merged = new Merged(this, lyncUser, mailboxes, deployment);
        }
    }

    // Null for a person only LDIF describes: see the constructor.
    private readonly Merged? _merged;
    private readonly bool _recipientsComplete;

    // One bit per DirectoryAttribute the person's LDIF file exports (UsersIndex.ExportMask): a million users share a few masks.
    private readonly ulong _ldifExports;

    /// <summary>Whether the values are derived from the LDIF entry on each request rather than kept merged.</summary>
    internal bool DerivesOnDemand => _merged is null;

    /// <summary>The same person with every value merged up front: the reference the on-demand values are held to.</summary>
    internal DeploymentUser MergedUpFront(DeploymentModel deployment) =>
        new(Directory, LyncUser, Mailboxes, deployment, _recipientsComplete, _ldifExports, mergeUpFront: true);

    /// <summary>
    /// Whether this person's LDIF export carries <paramref name="attribute"/> at all (some entry of the file has it):
    /// ldifde omits empty attributes, so absence means "empty" only when the export asked for the attribute.
    /// </summary>
    public bool DirectoryExports(DirectoryAttribute attribute) => Directory is not null && (_ldifExports & UsersIndex.BitOf(attribute)) != 0;

    public DirectoryObject? Directory { get; }

    public CsUser? LyncUser => _merged?.LyncUser;

    /// <summary>The recipient records of this person, <c>Get-Mailbox</c>/<c>Get-RemoteMailbox</c> before <c>Get-Recipient</c>.</summary>
    public ImmutableArray<Mailbox> Mailboxes => _merged?.Mailboxes ?? [];

    public Mailbox? Mailbox => _merged is { Mailboxes: { IsEmpty: false } mailboxes } ? mailboxes[0] : null;

    public DistinguishedName? DistinguishedName => Directory?.DistinguishedName ?? _merged?.DistinguishedName;

    /// <summary>RULES.md §B.0 SipUri(u): LDIF <c>msRTCSIP-PrimaryUserAddress</c>, else <c>Get-CsUser SipAddress</c>.</summary>
    public UserValue<SipUri> SipUri => _merged?.SipUri ?? BuildSipUri(null);

    /// <summary>The SIP address exactly as each source wrote it, also when it is not a valid SIP URI (LXA0203).</summary>
    public ImmutableArray<SourcedValue<string>> SipAddressTexts => _merged?.SipAddressTexts ?? BuildSipAddressTexts(null);

    /// <summary>Each source's proxy addresses, LDIF first; <see cref="ProxyAddresses"/> is the one rules judge.</summary>
    public ImmutableArray<ProxyAddressList> ProxyAddressLists => _merged?.ProxyAddressLists ?? BuildProxyAddressLists([]);

    /// <summary>
    /// The proxy addresses rules judge: LDIF's when the export carried them, else the first complete recipient list,
    /// else a truncated one (which rules treat as inconclusive). Null when no source shows proxy addresses.
    /// </summary>
    public ProxyAddressList? ProxyAddresses
    {
        get
        {
            if (_merged is null)
            {
                return DirectoryProxyAddresses();
            }

            foreach (var list in _merged.ProxyAddressLists)
            {
                if (!list.IsTruncated)
                {
                    return list;
                }
            }

            return _merged.ProxyAddressLists.IsEmpty ? null : _merged.ProxyAddressLists[0];
        }
    }

    /// <summary>True when the proxy addresses cannot be judged: every source that shows them is truncated (LXA0901).</summary>
    public bool ProxyAddressesInconclusive => ProxyAddresses is { IsTruncated: true };

    /// <summary>RULES.md §B.0 PrimarySmtp(u): the <c>SMTP:</c> entry, fallback <c>PrimarySmtpAddress</c>.</summary>
    public UserValue<string> PrimarySmtp => _merged?.PrimarySmtp ?? BuildPrimarySmtp(DirectoryProxyAddresses() is { } list ? [list] : [], []);

    public UserValue<string> Mail => _merged?.Mail ?? BuildMail(null, []);

    public UserValue<string> UserPrincipalName => _merged?.UserPrincipalName ?? BuildUserPrincipalName(null, []);

    /// <summary>RULES.md §B.0 LyncEnabled(u) sources: <c>msRTCSIP-UserEnabled</c>, <c>Get-CsUser Enabled</c>.</summary>
    public UserValue<bool> LyncEnabled => _merged?.LyncEnabled ?? BuildLyncEnabled(null);

    /// <summary><c>msRTCSIP-DeploymentLocator</c> / <c>Get-CsUser HostingProvider</c>.</summary>
    public UserValue<string> DeploymentLocator => _merged?.DeploymentLocator ?? BuildDeploymentLocator(null);

    /// <summary><c>Get-CsUser RegistrarPool</c> (FQDN), then <c>msRTCSIP-PrimaryHomeServer</c> (pool DN).</summary>
    public UserValue<string> RegistrarPool => _merged?.RegistrarPool ?? BuildRegistrarPool(null);

    public UserValue<int> ThumbnailPhotoSize => Values<int>(Directory?.ThumbnailPhotoSize is { } size ? Ldif(size, DirectoryAttribute.ThumbnailPhoto) : null);

    public UserValue<string> UserServicesPolicy => _merged?.UserServicesPolicy ?? UserValue<string>.None;

    public UserValue<string> ExternalAccessPolicy => _merged?.ExternalAccessPolicy ?? UserValue<string>.None;

    /// <summary>Mailbox location per source: Exchange cmdlets first (decision 4), then LDIF.</summary>
    public UserValue<MailboxLocation> MailboxLocation => _merged?.MailboxLocation ?? BuildMailboxLocation([], null);

    /// <summary>RULES.md §B.0 LyncEnabled(u): any source says enabled.</summary>
    public bool IsLyncEnabled => Directory?.LyncEnabled == true || LyncUser?.Enabled == true;

    /// <summary>Whether <see cref="SipUri"/> has a value, without building it.</summary>
    internal bool HasSipUri => Directory?.PrimaryUserAddress is not null || (_merged is { } merged && merged.SipUri.HasValue);

    /// <summary>RULES.md §B.0 UserHome(u) from the effective deployment locator.</summary>
    public UserHome Home => DeploymentLocator.Effective?.Value switch
    {
        null => UserHome.NotSet,
        var l when l.Equals("SRV:", StringComparison.OrdinalIgnoreCase) => UserHome.OnPremises,
        var l when l.Equals("sipfed.online.lync.com", StringComparison.OrdinalIgnoreCase) => UserHome.Online,
        _ => UserHome.Other,
    };

    /// <summary>
    /// RULES.md §B.0 MailboxLocation(u). Without any source: None when every kind of recipient was collected
    /// (the person has no mailbox), else Unknown.
    /// </summary>
    public MailboxLocation EffectiveMailboxLocation =>
        MailboxLocation.Effective?.Value ?? (_recipientsComplete ? Model.Directory.MailboxLocation.None : Model.Directory.MailboxLocation.Unknown);

    /// <summary>The name messages and fix commands use: UPN, else SIP <c>user@host</c>, else sAMAccountName, DN or identity.</summary>
    public string Name =>
        UserPrincipalName.Effective?.Value
        ?? SipUri.Effective?.Value.UserAtHost
        ?? Directory?.SamAccountName
        ?? LyncUser?.SamAccountName
        ?? DistinguishedName?.Text
        ?? LyncUser?.Identity
        ?? Mailbox?.Identity
        ?? "?";

    /// <summary><c>user:&lt;DN&gt;</c> when the DN is known, else the first record's identity.</summary>
    public string ObjectIdentity =>
        DistinguishedName is { } dn ? "user:" + dn.Text : ((IDumpRecord?)LyncUser ?? Mailbox)?.ObjectIdentity ?? "user:?";

    /// <summary>The first line of the person's first record (LDIF <c>dn:</c>, else Get-CsUser, else the recipient).</summary>
    public DumpLocation Location =>
        Directory?.Source.Location ?? LyncUser?.Source.Location ?? Mailbox?.Source.Location ?? DumpLocation.None;

    public IEnumerable<IDumpRecord> Records =>
        new IDumpRecord?[] { Directory, LyncUser }.Where(r => r is not null).Concat(Mailboxes.Cast<IDumpRecord>())!;

    /// <summary>Where two sources disagree on a value rules use (LXA0906); the rules see the effective value.</summary>
    public ImmutableArray<UserValueConflict> Conflicts
    {
        get
        {
            // Asked of every user (LXA0906); nearly all agree, so nothing is allocated until a conflict is found. A person
            // only LDIF describes has one source per value: nothing can disagree.
            if (_merged is null)
            {
                return [];
            }

            ImmutableArray<UserValueConflict>.Builder? found = null;
            AddConflict(ref found, "SIP address", SipUri, static s => s.Normalized);
            AddConflict(ref found, "primary SMTP address", PrimarySmtp, static s => s);
            AddConflict(ref found, "mail", Mail, static s => s);
            AddConflict(ref found, "user principal name", UserPrincipalName, static s => s);
            AddConflict(ref found, "Lync enabled", LyncEnabled, static b => b ? "True" : "False");
            AddConflict(ref found, "deployment locator (user home)", DeploymentLocator, static s => s);
            AddConflict(ref found, "mailbox location", MailboxLocation, static l => l.ToString());

            // SIP proxies: two complete lists that do not name the same SIP addresses (a truncated list proves nothing).
            ProxyAddressList? first = null;
            HashSet<string>? firstSips = null;
            foreach (var other in ProxyAddressLists)
            {
                if (other.IsTruncated)
                {
                    continue;
                }

                if (first is null)
                {
                    first = other;
                    continue;
                }

                firstSips ??= SipSet(first);
                if (!SipSet(other).SetEquals(firstSips))
                {
                    (found ??= ImmutableArray.CreateBuilder<UserValueConflict>()).Add(new UserValueConflict(
                        Name,
                        ObjectIdentity,
                        "SIP proxy addresses",
                        ShowSips(first),
                        first.Describe(),
                        first.Location,
                        ShowSips(other),
                        other.Describe(),
                        other.Location));
                    break;
                }
            }

            return found is null ? [] : found.ToImmutable();
        }
    }

    private void AddConflict<T>(ref ImmutableArray<UserValueConflict>.Builder? found, string name, UserValue<T> value, Func<T, string> show)
        where T : notnull
    {
        if (value.Conflicting is { } other && value.Effective is { } chosen)
        {
            (found ??= ImmutableArray.CreateBuilder<UserValueConflict>()).Add(
                new UserValueConflict(Name, ObjectIdentity, name, show(chosen.Value), chosen.Describe(), chosen.Location, show(other.Value), other.Describe(), other.Location));
        }
    }

    private static HashSet<string> SipSet(ProxyAddressList list) =>
        new(list.SipProxies.Select(p => p.Address.Address.Trim()), StringComparer.OrdinalIgnoreCase);

    private static string ShowSips(ProxyAddressList list) =>
        list.SipProxies.IsEmpty ? "(none)" : string.Join(", ", list.SipProxies.Select(p => p.Address.Text));

    private UserValue<SipUri> BuildSipUri(CsUser? lyncUser) =>
        Values<SipUri>(
            Directory?.PrimaryUserAddress is { } ldifSip ? Ldif(ldifSip, DirectoryAttribute.PrimaryUserAddress) : null,
            lyncUser is not null && ParseSip(lyncUser.SipAddress) is { } csSip ? new(csSip, UserSource.LyncUser, lyncUser, "SipAddress", lyncUser.Locations.SipAddress) : null);

    private ImmutableArray<SourcedValue<string>> BuildSipAddressTexts(CsUser? lyncUser) =>
        Values<string>(
            Directory?.PrimaryUserAddressText is { } ldifText ? Ldif(ldifText, DirectoryAttribute.PrimaryUserAddress) : null,
            lyncUser?.SipAddress is { } csText && !string.IsNullOrWhiteSpace(csText) ? new(csText, UserSource.LyncUser, lyncUser, "SipAddress", lyncUser.Locations.SipAddress) : null).Values;

    /// <summary>The LDIF entry's proxy addresses, when the export carried the attribute (or cut it).</summary>
    private ProxyAddressList? DirectoryProxyAddresses()
    {
        var directory = Directory;
        if (directory is null)
        {
            return null;
        }

        var truncated = directory.Source.IsTruncated("proxyAddresses");
        return DirectoryExports(DirectoryAttribute.ProxyAddresses) || truncated
            ? new ProxyAddressList(UserSource.Directory, directory, "proxyAddresses", directory.ProxyAddresses.Items, truncated)
            : null;
    }

    private ImmutableArray<ProxyAddressList> BuildProxyAddressLists(ImmutableArray<Mailbox> mailboxes)
    {
        var proxyLists = ImmutableArray.CreateBuilder<ProxyAddressList>(mailboxes.Length + 1);
        if (DirectoryProxyAddresses() is { } ldif)
        {
            proxyLists.Add(ldif);
        }

        foreach (var mailbox in mailboxes)
        {
            if (!mailbox.Source.IsPresent("EmailAddresses"))
            {
                continue;
            }

            var parsed = ImmutableArray.CreateBuilder<ProxyAddress>();
            foreach (var text in mailbox.EmailAddresses)
            {
                if (ProxyAddress.TryParse(text.Trim(), out var proxy, out _) && proxy is not null)
                {
                    parsed.Add(proxy);
                }
            }

            proxyLists.Add(new ProxyAddressList(
                UserSource.Mailbox,
                mailbox,
                "EmailAddresses",
                parsed.ToImmutable(),
                [.. Enumerable.Repeat(mailbox.Locations.EmailAddresses, parsed.Count)],
                mailbox.Source.IsTruncated("EmailAddresses")));
        }

        return proxyLists.ToImmutable();
    }

    private static UserValue<string> BuildPrimarySmtp(ImmutableArray<ProxyAddressList> proxyLists, ImmutableArray<Mailbox> mailboxes)
    {
        var smtp = ImmutableArray.CreateBuilder<SourcedValue<string>>(proxyLists.Length + mailboxes.Length);
        foreach (var list in proxyLists)
        {
            if (list.PrimarySmtp is { } primary)
            {
                smtp.Add(new(primary.Address.Address.Trim(), list.Source, list.Record, list.Attribute, primary.Location));
            }
        }

        foreach (var mailbox in mailboxes)
        {
            if (!string.IsNullOrWhiteSpace(mailbox.PrimarySmtpAddress))
            {
                smtp.Add(new(mailbox.PrimarySmtpAddress.Trim(), UserSource.Mailbox, mailbox, "PrimarySmtpAddress", mailbox.Locations.PrimarySmtpAddress));
            }
        }

        return smtp.Count == 0 ? UserValue<string>.None : new UserValue<string>(smtp.DrainToImmutable(), StringComparer.OrdinalIgnoreCase);
    }

    private UserValue<string> BuildMail(CsUser? lyncUser, ImmutableArray<Mailbox> mailboxes)
    {
        var mail = ImmutableArray.CreateBuilder<SourcedValue<string>>(2 + mailboxes.Length);
        AddIf(mail, Directory?.Mail is { Length: > 0 } ldifMail ? Ldif(ldifMail, DirectoryAttribute.Mail) : null);
        AddIf(mail, lyncUser?.WindowsEmailAddress is { } csMail && !string.IsNullOrWhiteSpace(csMail) ? new(csMail.Trim(), UserSource.LyncUser, lyncUser, "WindowsEmailAddress", lyncUser.Locations.WindowsEmailAddress) : null);
        foreach (var m in mailboxes)
        {
            AddIf(mail, !string.IsNullOrWhiteSpace(m.WindowsEmailAddress) ? new SourcedValue<string>(m.WindowsEmailAddress.Trim(), UserSource.Mailbox, m, "WindowsEmailAddress", m.Locations.WindowsEmailAddress) : null);
        }

        return Values(StringComparer.OrdinalIgnoreCase, mail);
    }

    private UserValue<string> BuildUserPrincipalName(CsUser? lyncUser, ImmutableArray<Mailbox> mailboxes)
    {
        var upn = ImmutableArray.CreateBuilder<SourcedValue<string>>(2 + mailboxes.Length);
        AddIf(upn, Directory?.UserPrincipalName is { Length: > 0 } ldifUpn ? Ldif(ldifUpn, DirectoryAttribute.UserPrincipalName) : null);
        AddIf(upn, lyncUser?.UserPrincipalName is { } csUpn && !string.IsNullOrWhiteSpace(csUpn) ? new(csUpn.Trim(), UserSource.LyncUser, lyncUser, "UserPrincipalName", lyncUser.Locations.UserPrincipalName) : null);
        foreach (var m in mailboxes)
        {
            AddIf(upn, !string.IsNullOrWhiteSpace(m.UserPrincipalName) ? new SourcedValue<string>(m.UserPrincipalName.Trim(), UserSource.Mailbox, m, "UserPrincipalName", m.Locations.UserPrincipalName) : null);
        }

        return Values(StringComparer.OrdinalIgnoreCase, upn);
    }

    private UserValue<bool> BuildLyncEnabled(CsUser? lyncUser) =>
        Values<bool>(
            Directory?.LyncEnabled is { } ldifEnabled ? Ldif(ldifEnabled, DirectoryAttribute.UserEnabled) : null,
            lyncUser?.Enabled is { } csEnabled ? new(csEnabled, UserSource.LyncUser, lyncUser, "Enabled", lyncUser.Locations.Enabled) : null);

    private UserValue<string> BuildDeploymentLocator(CsUser? lyncUser) =>
        Values(
            StringComparer.OrdinalIgnoreCase,
            Directory?.DeploymentLocator is { } locator && !string.IsNullOrWhiteSpace(locator) ? Ldif(locator.Trim(), DirectoryAttribute.DeploymentLocator) : null,
            lyncUser?.HostingProvider is { } provider && !string.IsNullOrWhiteSpace(provider) ? new(provider.Trim().TrimEnd('.'), UserSource.LyncUser, lyncUser, "HostingProvider", lyncUser.Locations.HostingProvider) : null);

    // The two sources name the pool differently (a CN=Lc Services DN vs an FQDN), so they are kept, never compared.
    private UserValue<string> BuildRegistrarPool(CsUser? lyncUser) =>
        Values(
            StringComparer.OrdinalIgnoreCase,
            lyncUser?.RegistrarPool is { } pool && !string.IsNullOrWhiteSpace(pool) ? new(pool.Trim(), UserSource.LyncUser, lyncUser, "RegistrarPool", lyncUser.Locations.RegistrarPool) : null,
            Directory?.PrimaryHomeServer is { } home ? Ldif(home.Text, DirectoryAttribute.PrimaryHomeServer) : null);

    private UserValue<MailboxLocation> BuildMailboxLocation(ImmutableArray<Mailbox> mailboxes, DeploymentModel? deployment)
    {
        var locations = ImmutableArray.CreateBuilder<SourcedValue<MailboxLocation>>(mailboxes.Length + 1);
        foreach (var m in mailboxes)
        {
            var classified = RecipientClassification.Classify(m, deployment!);
            if (classified != Model.Directory.MailboxLocation.Unknown)
            {
                locations.Add(new SourcedValue<MailboxLocation>(classified, UserSource.Mailbox, m, "RecipientTypeDetails", m.Locations.RecipientTypeDetails));
            }
        }

        if (Directory is { } directory && (HasExchangeAttributes(directory) || DirectoryExports(DirectoryAttribute.RecipientTypeDetails) || DirectoryExports(DirectoryAttribute.HomeMdb)))
        {
            locations.Add(Ldif(directory.MailboxLocation, DirectoryAttribute.RecipientTypeDetails));
        }

        return Values(EqualityComparer<MailboxLocation>.Default, locations);
    }

    private SourcedValue<T> Ldif<T>(T value, DirectoryAttribute attribute)
        where T : notnull =>
        new(value, UserSource.Directory, Directory!, DirectoryAttributeNames.NameOf(attribute), LocationOr(attribute));

    private DumpLocation LocationOr(DirectoryAttribute attribute)
    {
        var location = Directory!.Locations[attribute];
        return location.IsNone ? Directory.Source.Location : location;
    }

    // Most values have one source or none: no builder, and every empty value is the one shared instance.
    private static UserValue<T> Values<T>(SourcedValue<T>? value)
        where T : notnull => value is null ? UserValue<T>.None : new([value]);

    private static UserValue<T> Values<T>(SourcedValue<T>? first, SourcedValue<T>? second)
        where T : notnull => Values(EqualityComparer<T>.Default, first, second);

    private static UserValue<T> Values<T>(IEqualityComparer<T> comparer, SourcedValue<T>? first, SourcedValue<T>? second)
        where T : notnull => (first, second) switch
        {
            (null, null) => UserValue<T>.None,
            ({ } one, null) => new([one], comparer),
            (null, { } two) => new([two], comparer),
            ({ } one, { } two) => new([one, two], comparer),
        };

    private static UserValue<T> Values<T>(IEqualityComparer<T> comparer, ImmutableArray<SourcedValue<T>>.Builder values)
        where T : notnull => values.Count == 0 ? UserValue<T>.None : new(values.Count == values.Capacity ? values.MoveToImmutable() : values.ToImmutable(), comparer);

    private static void AddIf<T>(ImmutableArray<SourcedValue<T>>.Builder values, SourcedValue<T>? value)
        where T : notnull
    {
        if (value is not null)
        {
            values.Add(value);
        }
    }

    private static DistinguishedName? FirstMailboxDn(ImmutableArray<Mailbox> mailboxes)
    {
        foreach (var mailbox in mailboxes)
        {
            if (ParseDn(mailbox.DistinguishedName) is { } dn)
            {
                return dn;
            }
        }

        return null;
    }

    private static bool HasExchangeAttributes(DirectoryObject directory) =>
        directory.RecipientTypeDetails is not null || directory.HomeMdb is not null || directory.TargetAddress is not null;

    internal static DistinguishedName? ParseDn(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Contains('=') && Model.Directory.DistinguishedName.TryParse(text.Trim(), out var dn, out _) ? dn : null;

    internal static SipUri? ParseSip(string? text) =>
        !string.IsNullOrWhiteSpace(text) && Model.Directory.SipUri.TryParse(text.Trim(), out var sip, out _) ? sip : null;

    /// <summary>The merged values of a person with cmdlet records, built once: their derivation parses and looks up.</summary>
    private sealed class Merged
    {
        public Merged(DeploymentUser user, CsUser? lyncUser, ImmutableArray<Mailbox> mailboxes, DeploymentModel deployment)
        {
            LyncUser = lyncUser;
            Mailboxes = mailboxes;
            DistinguishedName = user.Directory?.DistinguishedName ?? ParseDn(lyncUser?.Identity) ?? FirstMailboxDn(mailboxes);
            SipUri = user.BuildSipUri(lyncUser);
            SipAddressTexts = user.BuildSipAddressTexts(lyncUser);
            ProxyAddressLists = user.BuildProxyAddressLists(mailboxes);
            PrimarySmtp = BuildPrimarySmtp(ProxyAddressLists, mailboxes);
            Mail = user.BuildMail(lyncUser, mailboxes);
            UserPrincipalName = user.BuildUserPrincipalName(lyncUser, mailboxes);
            LyncEnabled = user.BuildLyncEnabled(lyncUser);
            DeploymentLocator = user.BuildDeploymentLocator(lyncUser);
            RegistrarPool = user.BuildRegistrarPool(lyncUser);
            UserServicesPolicy = Values<string>(lyncUser?.UserServicesPolicy is { } ucs && !string.IsNullOrWhiteSpace(ucs) ? new SourcedValue<string>(ucs.Trim(), UserSource.LyncUser, lyncUser, "UserServicesPolicy", lyncUser.Locations.UserServicesPolicy) : null);
            ExternalAccessPolicy = Values<string>(lyncUser?.ExternalAccessPolicy is { } eap && !string.IsNullOrWhiteSpace(eap) ? new SourcedValue<string>(eap.Trim(), UserSource.LyncUser, lyncUser, "ExternalAccessPolicy", lyncUser.Locations.ExternalAccessPolicy) : null);
            MailboxLocation = user.BuildMailboxLocation(mailboxes, deployment);
        }

        public CsUser? LyncUser { get; }

        public ImmutableArray<Mailbox> Mailboxes { get; }

        public DistinguishedName? DistinguishedName { get; }

        public UserValue<SipUri> SipUri { get; }

        public ImmutableArray<SourcedValue<string>> SipAddressTexts { get; }

        public ImmutableArray<ProxyAddressList> ProxyAddressLists { get; }

        public UserValue<string> PrimarySmtp { get; }

        public UserValue<string> Mail { get; }

        public UserValue<string> UserPrincipalName { get; }

        public UserValue<bool> LyncEnabled { get; }

        public UserValue<string> DeploymentLocator { get; }

        public UserValue<string> RegistrarPool { get; }

        public UserValue<string> UserServicesPolicy { get; }

        public UserValue<string> ExternalAccessPolicy { get; }

        public UserValue<MailboxLocation> MailboxLocation { get; }
    }
}
