using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Tests.Rules.OAuth;

namespace LyncExchange.Analyzer.Tests.Rules.Hybrid;

/// <summary>Dumps that make a deployment hybrid (on-prem pool plus an online-homed user, RULES.md §C.2).</summary>
internal static class HybridDumps
{
    public static string Provider(string identity, string proxy, string enabled = "True", string shared = "True", string hosts = "True", string isLocal = "False", string verification = "UseSourceVerification", string autodiscover = "https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root") => FormatListText.Object(
        ("Identity", identity),
        ("Name", identity),
        ("ProxyFqdn", proxy),
        ("VerificationLevel", verification),
        ("Enabled", enabled),
        ("EnabledSharedAddressSpace", shared),
        ("HostsOCSUsers", hosts),
        ("IsLocal", isLocal),
        ("AutodiscoverUrl", autodiscover));

    public static string LyncOnline(string enabled = "True", string shared = "True", string hosts = "True", string autodiscover = "https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root") =>
        Provider("LyncOnline", "sipfed.online.lync.com", enabled, shared, hosts, autodiscover: autodiscover);

    public static string ExchangeOnline(string enabled = "True", string shared = "True", string hosts = "False", string verification = "UseSourceVerification") =>
        Provider("Exchange Online", "exap.um.outlook.com", enabled, shared, hosts, verification: verification, autodiscover: string.Empty);

    /// <summary>On-prem pool, kmyer homed on-premises and pilar homed in Lync Online.</summary>
    public static DumpSetBuilder WithHybridUsers(this DumpSetBuilder builder) => builder
        .WithOnPremLync()
        .Add("Get-CsUser.txt", FormatListText.Objects(
            OAuthDumps.LyncUser("kmyer@contoso.com", "SRV:", "kmyer@contoso.com"),
            OAuthDumps.LyncUser("pilar@contoso.com", "sipfed.online.lync.com", "pilar@contoso.com")));
}
