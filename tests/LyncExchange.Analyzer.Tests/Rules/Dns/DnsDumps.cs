using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Dns;

/// <summary>
/// Minimal dumps for the DNS rules: zone files written as a customer's DNS server exports them (BIND layout, SOA on
/// line 3), Get-CsSipDomain and Get-CsUser in Format-List, and the three Lync scenarios.
/// </summary>
internal static class DnsDumps
{
    /// <summary>The SOA is always on this line of a zone written by <see cref="Zone"/>.</summary>
    public const int SoaLine = 3;

    /// <summary>The first record passed to <see cref="Zone"/> is on this line.</summary>
    public const int FirstRecordLine = 6;

    public static readonly string[] OnPremRecords =
    [
        "_sip._tls              IN SRV 0 0 443 sip",
        "_sipfederationtls._tcp IN SRV 0 0 5061 sip",
        "sip                    IN A     131.107.1.10",
        "lyncdiscover           IN CNAME proxy",
        "proxy                  IN A     131.107.1.20",
    ];

    public static readonly string[] OnlineRecords =
    [
        "_sip._tls              IN SRV 100 1 443 sipdir.online.lync.com.",
        "_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.",
        "sip                    IN CNAME sipdir.online.lync.com.",
        "lyncdiscover           IN CNAME webdir.online.lync.com.",
    ];

    public static string Zone(string origin, params string[] records) =>
        $"$TTL 3600\n$ORIGIN {origin}.\n@ IN SOA ns1.{origin}. hostmaster.{origin}. ( 1 3600 600 604800 300 )\n@ IN NS ns1\nns1 IN A 192.0.2.53\n"
        + string.Concat(records.Select(r => r + "\n"));

    public static string SipDomain(string name) => FormatListText.Object(("Identity", name), ("Name", name), ("IsDefault", "True"));

    public static string User(string sip, string provider = "SRV:", string pool = "pool01.contoso.com", string enabled = "True", string? mail = null) => FormatListText.Object(
        ("Identity", "CN=" + sip + ",OU=Users,DC=contoso,DC=com"),
        ("SipAddress", "sip:" + sip),
        ("Enabled", enabled),
        ("HostingProvider", provider),
        ("RegistrarPool", pool),
        ("WindowsEmailAddress", mail ?? sip),
        ("UserPrincipalName", sip));

    /// <summary>Lync Server only: a Registrar pool, the SIP domain and an on-premises user.</summary>
    public static DumpSetBuilder LyncServer(this DumpSetBuilder set, string domain = "contoso.com") =>
        set.WithOnPremLync().Add("Get-CsSipDomain.txt", SipDomain(domain)).Add("Get-CsUser.txt", User("alice@" + domain));

    /// <summary>Hybrid: Lync Server plus the shared-address-space provider and a user homed online.</summary>
    public static DumpSetBuilder Hybrid(this DumpSetBuilder set, string domain = "contoso.com") =>
        set.WithOnPremLync()
            .Add("Get-CsSipDomain.txt", SipDomain(domain))
            .Add("Get-CsUser.txt", FormatListText.Objects(User("alice@" + domain), User("pilar@" + domain, "sipfed.online.lync.com", "")))
            .Add("Get-CsHostingProvider.txt", FormatListText.Object(
                ("Identity", "LyncOnline"), ("Name", "LyncOnline"), ("ProxyFqdn", "sipfed.online.lync.com"), ("VerificationLevel", "AlwaysVerifiable"),
                ("Enabled", "True"), ("EnabledSharedAddressSpace", "True"), ("HostsOCSUsers", "True"), ("IsLocal", "False")));

    /// <summary>Lync Online only: users homed online, no Lync Server dumps.</summary>
    public static DumpSetBuilder LyncOnline(this DumpSetBuilder set, string domain = "contoso.com") =>
        set.Add("Get-CsUser.txt", User("pilar@" + domain, "sipfed.online.lync.com", ""));
}
