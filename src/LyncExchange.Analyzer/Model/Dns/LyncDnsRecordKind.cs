namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>The Lync and Exchange discovery names of formats.md §5.3 and RULES.md §B.0, by their role.</summary>
public enum LyncDnsRecordKind
{
    /// <summary>SRV <c>_sip._tls.D</c>: external client sign-in (443).</summary>
    SipTls,

    /// <summary>SRV <c>_sipfederationtls._tcp.D</c>: federation and hybrid discovery (5061).</summary>
    SipFederationTls,

    /// <summary>Host <c>sip.D</c>: fallback client discovery.</summary>
    Sip,

    /// <summary>Host <c>lyncdiscover.D</c>: external Lync Autodiscover.</summary>
    LyncDiscover,

    /// <summary>SRV <c>_sipinternaltls._tcp.D</c>: internal client discovery (5061).</summary>
    SipInternalTls,

    /// <summary>Host <c>sipinternal.D</c>: internal fallback.</summary>
    SipInternal,

    /// <summary>Host <c>lyncdiscoverinternal.D</c>: internal Lync Autodiscover.</summary>
    LyncDiscoverInternal,

    /// <summary>Host <c>autodiscover.M</c>: Exchange Autodiscover.</summary>
    Autodiscover,

    /// <summary>SRV <c>_autodiscover._tcp.M</c>: Exchange Autodiscover fallback.</summary>
    AutodiscoverSrv,
}
