using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>
/// One directory entry (user, inetOrgPerson, contact, group, or any other object) with the attributes the
/// Exchange/Lync rules use, typed, and the location of each value. Everything else of the entry is dropped:
/// rules index a million of these.
/// <para>
/// A later merge layer joins these with <c>Get-CsUser</c> and <c>Get-Mailbox</c> records on <see cref="DistinguishedName"/>,
/// then <see cref="PrimaryUserAddress"/>, then <see cref="UserPrincipalName"/>; every value here keeps its own location
/// so such a layer can report both sides of a disagreement.
/// </para>
/// </summary>
public sealed record DirectoryObject : IDumpRecord
{
    /// <summary>Strictly greater than Exchange 2010's object version 44220983382016: Exchange 2013 and later write 88218628259840.</summary>
    private const long Exchange2013ObjectVersion = 88218628259840;

    private const int AccountDisable = 0x2;

    public required RecordSource Source { get; init; }

    public required DistinguishedName DistinguishedName { get; init; }

    public DirectoryObjectKind Kind { get; init; }

    public ValueList<string> ObjectClass { get; init; }

    public string? Mail { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? SamAccountName { get; init; }

    public string? DisplayName { get; init; }

    public ValueList<ProxyAddress> ProxyAddresses { get; init; }

    /// <summary><c>msRTCSIP-PrimaryUserAddress</c>: the user's SIP URI (null when absent or not a SIP URI).</summary>
    public SipUri? PrimaryUserAddress { get; init; }

    /// <summary><c>msRTCSIP-PrimaryUserAddress</c> exactly as the export wrote it, also when it is not a valid SIP URI.</summary>
    public string? PrimaryUserAddressText { get; init; }

    /// <summary><c>msRTCSIP-UserEnabled</c> (LDAP <c>TRUE</c>/<c>FALSE</c>).</summary>
    public bool? LyncEnabled { get; init; }

    /// <summary><c>msRTCSIP-PrimaryHomeServer</c>: the pool's (or OCS pool's) <c>CN=Lc Services,…</c> DN.</summary>
    public DistinguishedName? PrimaryHomeServer { get; init; }

    /// <summary><c>msRTCSIP-DeploymentLocator</c> as written; see <see cref="Home"/>.</summary>
    public string? DeploymentLocator { get; init; }

    /// <summary><c>msRTCSIP-OptionFlags</c> bit flags (256 enhanced presence, 128 Enterprise Voice…).</summary>
    public int? LyncOptionFlags { get; init; }

    /// <summary><c>msRTCSIP-Line</c> (<c>tel:+14255550101</c>).</summary>
    public string? LyncLine { get; init; }

    public long? RecipientTypeDetails { get; init; }

    public long? RemoteRecipientType { get; init; }

    public DistinguishedName? HomeMdb { get; init; }

    public string? ExchangeHomeServerName { get; init; }

    /// <summary><c>targetAddress</c>: where mail for a remote mailbox goes (<c>SMTP:user@tenant.mail.onmicrosoft.com</c>).</summary>
    public ProxyAddress? TargetAddress { get; init; }

    /// <summary><c>msExchVersion</c>: the Exchange version that last wrote the object (not the server's build).</summary>
    public long? ExchangeVersion { get; init; }

    /// <summary>Size in bytes of <c>thumbnailPhoto</c>; the photo itself is not kept.</summary>
    public int? ThumbnailPhotoSize { get; init; }

    public Guid? ObjectGuid { get; init; }

    /// <summary><c>objectSid</c> as <c>S-1-5-21-…</c>.</summary>
    public string? ObjectSid { get; init; }

    public Guid? ExchangeMailboxGuid { get; init; }

    public int? UserAccountControl { get; init; }

    public DirectoryObjectLocations Locations { get; init; }

    /// <summary><c>user:&lt;DN&gt;</c> for people, <c>contact:</c>/<c>group:</c>/<c>computer:</c> likewise, the bare DN otherwise.</summary>
    public string ObjectIdentity => Kind switch
    {
        DirectoryObjectKind.User or DirectoryObjectKind.InetOrgPerson => "user:" + DistinguishedName.Text,
        DirectoryObjectKind.Contact => "contact:" + DistinguishedName.Text,
        DirectoryObjectKind.Group => "group:" + DistinguishedName.Text,
        DirectoryObjectKind.Computer => "computer:" + DistinguishedName.Text,
        _ => DistinguishedName.Text,
    };

    public bool IsPerson => Kind is DirectoryObjectKind.User or DirectoryObjectKind.InetOrgPerson;

    /// <summary><c>userAccountControl</c> has ACCOUNTDISABLE (2).</summary>
    public bool IsAccountDisabled => UserAccountControl is { } flags && (flags & AccountDisable) != 0;

    /// <summary>RULES.md §B.0 UserHome(u).</summary>
    public UserHome Home => DeploymentLocator?.Trim() switch
    {
        null => UserHome.NotSet,
        var l when l.Equals("SRV:", StringComparison.OrdinalIgnoreCase) => UserHome.OnPremises,
        var l when l.Equals("sipfed.online.lync.com", StringComparison.OrdinalIgnoreCase) => UserHome.Online,
        _ => UserHome.Other,
    };

    /// <summary>RULES.md §B.0 SipProxies(u): proxy addresses whose prefix is <c>sip</c> in any case.</summary>
    public IEnumerable<ProxyAddress> SipProxies => ProxyAddresses.Where(p => p.Type == ProxyAddressType.Sip);

    /// <summary>RULES.md §B.0 PrimarySmtp(u): the uppercase <c>SMTP:</c> entry.</summary>
    public ProxyAddress? PrimarySmtp => ProxyAddresses.FirstOrDefault(p => p.Type == ProxyAddressType.Smtp && p.IsPrimary);

    /// <summary>
    /// RULES.md §B.0 MailboxLocation(u) from LDIF, per §C.2 step 3 and decision 4:
    /// <list type="bullet">
    /// <item><c>msExchRecipientTypeDetails</c> 1/2/4/16/32 (user, linked, shared, room, equipment mailbox) → on-premises;
    /// 2147483648/8589934592/17179869184/34359738368 (remote user/room/equipment/shared) → Exchange Online;
    /// 128 (mail user) and 64 (mail contact) → none; any other value → unknown.</item>
    /// <item>Without it: <c>homeMDB</c> → on-premises; a <c>targetAddress</c> in <c>*.mail.onmicrosoft.com</c> → Exchange Online
    /// (the <c>*.mail.onmicrosoft.com</c> routing domain is [pk], RULES.md §C.2 marks these values so); nothing → none.</item>
    /// <item>On-premises splits on <c>msExchVersion</c>: below 88218628259840 (Exchange 2010 writes 44220983382016) →
    /// legacy, otherwise (or absent) Exchange 2013 [secondary source, formats.md §4.3].</item>
    /// </list>
    /// </summary>
    public MailboxLocation MailboxLocation
    {
        get
        {
            switch (RecipientTypeDetails)
            {
                case 1 or 2 or 4 or 16 or 32:
                    return OnPremisesByVersion();
                case 2147483648 or 8589934592 or 17179869184 or 34359738368:
                    return MailboxLocation.ExchangeOnline;
                case 64 or 128:
                    return MailboxLocation.None;
                case not null:
                    return MailboxLocation.Unknown;
            }

            if (HomeMdb is not null)
            {
                return OnPremisesByVersion();
            }

            if (TargetAddress is { Type: ProxyAddressType.Smtp } target
                && target.Address.EndsWith(".mail.onmicrosoft.com", StringComparison.OrdinalIgnoreCase))
            {
                return MailboxLocation.ExchangeOnline;
            }

            return MailboxLocation.None;
        }
    }

    private MailboxLocation OnPremisesByVersion() =>
        ExchangeVersion is { } version && version < Exchange2013ObjectVersion ? MailboxLocation.ExchangeLegacy : MailboxLocation.Exchange2013;
}
