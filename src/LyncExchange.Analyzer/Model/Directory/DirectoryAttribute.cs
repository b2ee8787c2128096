namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>The LDAP attributes <see cref="DirectoryObject"/> types and locates; the rest of an entry is not kept.</summary>
public enum DirectoryAttribute : byte
{
    Dn,
    ObjectClass,
    Mail,
    UserPrincipalName,
    SamAccountName,
    DisplayName,
    ProxyAddresses,
    PrimaryUserAddress,
    UserEnabled,
    PrimaryHomeServer,
    DeploymentLocator,
    OptionFlags,
    Line,
    RecipientTypeDetails,
    RemoteRecipientType,
    HomeMdb,
    ExchangeHomeServerName,
    TargetAddress,
    ExchangeVersion,
    ThumbnailPhoto,
    ObjectGuid,
    ObjectSid,
    ExchangeMailboxGuid,
    UserAccountControl,
}
