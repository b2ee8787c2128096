using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Rules.Dns;

/// <summary>
/// One name of the Lync record sets: its prefix, whether it is SRV, what it is for, and the value KB 2566790 requires
/// for Lync Online (SRV weight 1, priority 100, TTL 1 h). Internal names are [pk] (RULES.md §E.9).
/// </summary>
internal sealed record LyncDnsRecordSpec(LyncDnsRecordKind Kind, string Prefix, bool IsSrv, int Port, DnsName? OnlineTarget, string Purpose)
{
    public static readonly DnsName SipDir = DnsName.FromHost("sipdir.online.lync.com");
    public static readonly DnsName SipFed = DnsName.FromHost("sipfed.online.lync.com");
    public static readonly DnsName WebDir = DnsName.FromHost("webdir.online.lync.com");

    public static IReadOnlyList<LyncDnsRecordSpec> All { get; } =
    [
        new(LyncDnsRecordKind.SipTls, "_sip._tls", true, 443, SipDir, "external client sign-in"),
        new(LyncDnsRecordKind.SipFederationTls, "_sipfederationtls._tcp", true, 5061, SipFed, "federation, and Office 365 OWA IM/presence and online-meeting scheduling (KB 2565604)"),
        new(LyncDnsRecordKind.Sip, "sip", false, 0, SipDir, "client discovery by host name"),
        new(LyncDnsRecordKind.LyncDiscover, "lyncdiscover", false, 0, WebDir, "Lync Autodiscover for mobile and Lync 2013 clients"),
        new(LyncDnsRecordKind.SipInternalTls, "_sipinternaltls._tcp", true, 5061, null, "internal client sign-in"),
        new(LyncDnsRecordKind.SipInternal, "sipinternal", false, 0, null, "internal client discovery by host name"),
        new(LyncDnsRecordKind.LyncDiscoverInternal, "lyncdiscoverinternal", false, 0, null, "internal Lync Autodiscover"),
    ];

    public static LyncDnsRecordSpec Of(LyncDnsRecordKind kind) => All.First(s => s.Kind == kind);

    public string TypeName => IsSrv ? "SRV" : "CNAME";

    /// <summary>The required value as messages show it: <c>sipdir.online.lync.com port 443</c>.</summary>
    public string OnlineValue => OnlineTarget is { } target
        ? target.Display + (IsSrv ? " port " + Port.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
        : string.Empty;
}
