using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Directory;

/// <summary>ldifde-style user entries (as fixtures/ldif/litware-3users.ldf) that directory rule tests break one attribute of.</summary>
internal static class DirectoryDumps
{
    public const string HomeServer = "CN=Lc Services,CN=Microsoft,CN=1:1,CN=Pools,CN=RTC Service,CN=Services,CN=Configuration,DC=contoso,DC=com";

    public const string HomeMdb = "CN=DB01,CN=Databases,CN=Exchange Administrative Group (FYDIBOHF23SPDLT),CN=Administrative Groups,CN=Contoso,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=contoso,DC=com";

    /// <summary>A 48-byte JPEG-headed photo, base64 as ldifde writes binary attributes.</summary>
    public static readonly string SmallPhoto = Convert.ToBase64String([0xFF, 0xD8, 0xFF, 0xE0, .. new byte[44]]);

    public static string Dn(string alias) => $"CN={alias},OU=Users,DC=contoso,DC=com";

    /// <summary>The attributes of a healthy on-premises Lync user with an Exchange 2013 mailbox.</summary>
    public static List<(string Name, string Value)> HealthyAttributes(string alias) =>
    [
        ("displayName", alias),
        ("proxyAddresses", $"SIP:{alias}@contoso.com"),
        ("proxyAddresses", $"SMTP:{alias}@contoso.com"),
        ("sAMAccountName", alias),
        ("userPrincipalName", $"{alias}@contoso.com"),
        ("mail", $"{alias}@contoso.com"),
        ("homeMDB", HomeMdb),
        ("msExchRecipientTypeDetails", "1"),
        ("msExchVersion", "88218628259840"),
        ("msRTCSIP-DeploymentLocator", "SRV:"),
        ("msRTCSIP-PrimaryHomeServer", HomeServer),
        ("msRTCSIP-PrimaryUserAddress", $"sip:{alias}@contoso.com"),
        ("msRTCSIP-UserEnabled", "TRUE"),
        ("thumbnailPhoto:", SmallPhoto),
    ];

    /// <summary>A user entry; <paramref name="edit"/> changes the healthy attribute list first.</summary>
    public static string User(string alias, Action<List<(string Name, string Value)>>? edit = null, string objectClass = "user")
    {
        var attributes = HealthyAttributes(alias);
        edit?.Invoke(attributes);
        return Entry(Dn(alias), objectClass, attributes);
    }

    public static string Entry(string dn, string objectClass, IEnumerable<(string Name, string Value)> attributes)
    {
        var classes = objectClass == "user"
            ? "objectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\nobjectClass: user\n"
            : $"objectClass: top\nobjectClass: {objectClass}\n";
        return $"dn: {dn}\nchangetype: add\n{classes}" + string.Concat(attributes.Select(a => a.Name + ": " + a.Value + "\n")) + "\n";
    }

    public static string Ldif(params string[] entries) => "\n" + string.Concat(entries);

    public static void Set(this List<(string Name, string Value)> attributes, string name, string value)
    {
        attributes.RemoveAll(a => a.Name == name);
        attributes.Add((name, value));
    }

    /// <summary>Replaces the SIP proxy address, keeping the SMTP ones.</summary>
    public static void SetSipProxy(this List<(string Name, string Value)> attributes, string value)
    {
        var index = attributes.FindIndex(a => a.Name == "proxyAddresses" && a.Value.StartsWith("SIP:", StringComparison.OrdinalIgnoreCase));
        attributes[index] = ("proxyAddresses", value);
    }

    public static void Remove(this List<(string Name, string Value)> attributes, string name) => attributes.RemoveAll(a => a.Name == name);

    /// <summary>An on-premises Lync deployment (so integration rules run) with the given LDIF users.</summary>
    public static DumpSetBuilder WithUsers(this DumpSetBuilder builder, params string[] entries) =>
        builder.WithOnPremLync().Add("users.ldf", Ldif(entries));

    public static string CsUser(string alias, string hostingProvider = "SRV:", string enabled = "True", string? sip = null, string? windowsEmail = null, string userServicesPolicy = "") => FormatListText.Object(
        ("Identity", Dn(alias)),
        ("UserServicesPolicy", userServicesPolicy),
        ("HostingProvider", hostingProvider),
        ("RegistrarPool", hostingProvider == "SRV:" ? LyncEvidence.PoolFqdn : string.Empty),
        ("Enabled", enabled),
        ("SipAddress", sip ?? $"sip:{alias}@contoso.com"),
        ("UserPrincipalName", $"{alias}@contoso.com"),
        ("WindowsEmailAddress", windowsEmail ?? $"{alias}@contoso.com"));

    public static string Mailbox(string alias, string emailAddresses, string recipientTypeDetails = "UserMailbox") => FormatListText.Object(
        ("Identity", $"contoso.com/Users/{alias}"),
        ("UserPrincipalName", $"{alias}@contoso.com"),
        ("PrimarySmtpAddress", $"{alias}@contoso.com"),
        ("RecipientTypeDetails", recipientTypeDetails),
        ("EmailAddresses", emailAddresses),
        ("DistinguishedName", Dn(alias)));
}
