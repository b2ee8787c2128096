using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Rules.Hybrid;

/// <summary>The two Office 365 hosting providers of KB 2614242/2614614 and the values they need.</summary>
internal static class HostingProviders
{
    public const string LyncOnlineProxy = "sipfed.online.lync.com";

    public const string LyncOnlineAutodiscoverUrl = "https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root";

    /// <summary>Exchange Online UM; 21Vianet uses <c>exap.um.partner.outlook.cn</c>.</summary>
    public static readonly string[] ExchangeOnlineProxies = ["exap.um.outlook.com", "exap.um.partner.outlook.cn"];

    public static bool IsLyncOnline(CsHostingProvider provider) => LyncIdentity.FqdnEquals(provider.ProxyFqdn, LyncOnlineProxy);

    public static bool IsExchangeOnline(CsHostingProvider provider) => ExchangeOnlineProxies.Any(p => LyncIdentity.FqdnEquals(provider.ProxyFqdn, p));

    public static string Show(bool? value) => value is { } v ? (v ? "True" : "False") : "(empty)";
}
