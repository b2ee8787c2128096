namespace LyncExchange.Analyzer.Rules.Input;

/// <summary>
/// Which rules read which record properties (dump names), so a truncated or missing property names the
/// checks it blocked. Kept as data beside the input rules; a convention test keeps it in step with the catalog.
/// </summary>
internal static class RuleInputs
{
    private static readonly Dictionary<string, Dictionary<string, string[]>> Needs = new(StringComparer.Ordinal)
    {
        ["OwaVirtualDirectory"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["InstantMessagingEnabled"] = ["LXA0301"],
            ["InstantMessagingType"] = ["LXA0301"],
        },
        ["OwaMailboxPolicy"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["InstantMessagingEnabled"] = ["LXA0302"],
            ["InstantMessagingType"] = ["LXA0302"],
        },
        ["CasMailbox"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["OwaMailboxPolicy"] = ["LXA0302"],
        },
        ["CsPartnerApplication"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Identity"] = ["LXA0503", "LXA0604"],
            ["AuthToken"] = ["LXA0501", "LXA0503", "LXA0604"],
            ["ApplicationIdentifier"] = ["LXA0604"],
            ["ApplicationTrustLevel"] = ["LXA0503", "LXA0604"],
            ["Enabled"] = ["LXA0501"],
        },
        ["PartnerApplication"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["AuthMetadataUrl"] = ["LXA0502", "LXA0503"],
            ["Enabled"] = ["LXA0502"],
            ["LinkedAccount"] = ["LXA0502"],
        },
        ["CsOAuthConfiguration"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["ExchangeAutodiscoverUrl"] = ["LXA0504"],
            ["ServiceName"] = ["LXA0604"],
        },
        ["CsOAuthServer"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["MetadataUrl"] = ["LXA0604"],
        },
        ["ClientAccessServer"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["AutoDiscoverServiceInternalUri"] = ["LXA0504"],
        },
        ["CsCertificate"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Use"] = ["LXA0505", "LXA0506"],
            ["Thumbprint"] = ["LXA0505", "LXA0506"],
            ["NotAfter"] = ["LXA0506"],
            ["Subject"] = ["LXA0506"],
        },
        ["AuthConfig"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["CurrentCertificateThumbprint"] = ["LXA0507"],
        },
        ["ExchangeCertificate"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Thumbprint"] = ["LXA0507"],
            ["NotAfter"] = ["LXA0507"],
        },
        ["CsHostingProvider"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["ProxyFqdn"] = ["LXA0601", "LXA0602", "LXA0605"],
            ["Enabled"] = ["LXA0602", "LXA0605"],
            ["EnabledSharedAddressSpace"] = ["LXA0602", "LXA0605"],
            ["HostsOCSUsers"] = ["LXA0602", "LXA0605"],
            ["IsLocal"] = ["LXA0602", "LXA0605"],
            ["VerificationLevel"] = ["LXA0602", "LXA0605"],
        },
        ["CsAccessEdgeConfiguration"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["AllowFederatedUsers"] = ["LXA0603"],
            ["AllowOutsideUsers"] = ["LXA0603"],
            ["EnablePartnerDiscovery"] = ["LXA0603"],
        },
        ["CsUser"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["SipAddress"] = ["LXA0201", "LXA0202", "LXA0203", "LXA0204", "LXA0207", "LXA0208", "LXA0606", "LXA0607"],
            ["Enabled"] = ["LXA0201", "LXA0205", "LXA0208"],
            ["HostingProvider"] = ["LXA0208", "LXA0209", "LXA0210", "LXA0605", "LXA0606", "LXA0607"],
        },
        ["CsExternalAccessPolicy"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["EnableOutsideAccess"] = ["LXA0606"],
        },
        ["CsUserServicesPolicy"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["UcsAllowed"] = ["LXA0607"],
        },
        ["CsTenantFederationConfiguration"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["SharedSipAddressSpace"] = ["LXA0608"],
        },
        ["Mailbox"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["RecipientTypeDetails"] = ["LXA0201", "LXA0209", "LXA0210", "LXA0501", "LXA0504", "LXA0605", "LXA0606", "LXA0607"],
            ["EmailAddresses"] = ["LXA0201", "LXA0202", "LXA0203", "LXA0204", "LXA0206"],
        },
    };

    /// <summary>
    /// Properties whose truncation blocks rules but whose absence is no finding: ldifde omits empty attributes, so an
    /// LDIF entry without <c>proxyAddresses</c> has none, while <c>proxyAddresses;range=0-1499</c> was cut.
    /// </summary>
    private static readonly Dictionary<string, Dictionary<string, string[]>> TruncationOnly = new(StringComparer.Ordinal)
    {
        ["DirectoryObject"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["proxyAddresses"] = ["LXA0201", "LXA0202", "LXA0203", "LXA0204", "LXA0206"],
        },
    };

    public static IReadOnlyList<string> RulesReading(Type recordType, string property) =>
        Needs.TryGetValue(recordType.Name, out var byProperty) && byProperty.TryGetValue(property, out var ids) ? ids
        : TruncationOnly.TryGetValue(recordType.Name, out var truncatable) && truncatable.TryGetValue(property, out var blocked) ? blocked
        : [];

    /// <summary>False for record types (DNS records, most cmdlets) whose truncation or absence no rule cares about, so the input rules can skip them by type.</summary>
    public static bool ReadsAnyProperty(Type recordType) =>
        Needs.ContainsKey(recordType.Name) || TruncationOnly.ContainsKey(recordType.Name);

    public static IEnumerable<KeyValuePair<string, string[]>> PropertiesNeeded(Type recordType) =>
        Needs.TryGetValue(recordType.Name, out var byProperty) ? byProperty.OrderBy(p => p.Key, StringComparer.Ordinal) : [];

    public static IEnumerable<string> AllRuleIds => Needs.Values.Concat(TruncationOnly.Values).SelectMany(v => v.Values).SelectMany(ids => ids).Distinct();
}
