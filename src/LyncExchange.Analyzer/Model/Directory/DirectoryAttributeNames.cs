using System.Collections.Frozen;

namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>LDAP names of <see cref="DirectoryAttribute"/>s (case-insensitive, as attribute descriptions are) and their syntax.</summary>
public static class DirectoryAttributeNames
{
    private static readonly string[] Names =
    [
        "dn",
        "objectClass",
        "mail",
        "userPrincipalName",
        "sAMAccountName",
        "displayName",
        "proxyAddresses",
        "msRTCSIP-PrimaryUserAddress",
        "msRTCSIP-UserEnabled",
        "msRTCSIP-PrimaryHomeServer",
        "msRTCSIP-DeploymentLocator",
        "msRTCSIP-OptionFlags",
        "msRTCSIP-Line",
        "msExchRecipientTypeDetails",
        "msExchRemoteRecipientType",
        "homeMDB",
        "msExchHomeServerName",
        "targetAddress",
        "msExchVersion",
        "thumbnailPhoto",
        "objectGUID",
        "objectSid",
        "msExchMailboxGuid",
        "userAccountControl",
    ];

    private static readonly FrozenDictionary<string, DirectoryAttribute> ByName =
        Names.Select((name, index) => KeyValuePair.Create(name, (DirectoryAttribute)index))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Octet-string attributes AD always exports as <c>::</c> base64 of raw bytes, whatever they contain.</summary>
    private static readonly FrozenSet<string> Binary = new[]
    {
        "objectGUID", "objectSid", "thumbnailPhoto", "jpegPhoto", "msExchMailboxGuid", "msExchArchiveGUID",
        "msRTCSIP-UserRoutingGroupId", "msExchMailboxSecurityDescriptor", "nTSecurityDescriptor", "userCertificate",
        "userSMIMECertificate", "msExchSafeSendersHash", "msExchSafeRecipientsHash", "msExchBlockedSendersHash",
        "sIDHistory", "mS-DS-ConsistencyGuid", "logonHours", "schemaIDGUID",
        "attributeSecurityGUID", "msExchPoliciesExcluded", "msExchUMSpokenName", "msRTCSIP-OriginatorSid",
        "replPropertyMetaData", "replUpToDateVector", "repsFrom", "repsTo",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string NameOf(DirectoryAttribute attribute) => Names[(int)attribute];

    public static bool TryGet(string ldapName, out DirectoryAttribute attribute) => ByName.TryGetValue(ldapName, out attribute);

    /// <summary>True for attributes whose values are bytes, not text (kept as bytes; rendered as GUID, SID or size).</summary>
    public static bool IsBinary(string ldapName) => Binary.Contains(ldapName);
}
