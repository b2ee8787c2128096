using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>A hosting provider (<c>Get-CsHostingProvider</c>): Lync Online (<c>sipfed.online.lync.com</c>) or Exchange Online (<c>exap.um.outlook.com</c>).</summary>
[DumpRecord("Get-CsHostingProvider",
    TypeNames = ["Microsoft.Rtc.Management.WritableConfig.Settings.Edge.DisplayHostingProvider"],
    OtherProperties = ["SipClientPort"])]
public sealed partial record CsHostingProvider
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public string? ProxyFqdn { get; init; }

    public string? VerificationLevel { get; init; }

    public bool? Enabled { get; init; }

    public bool? EnabledSharedAddressSpace { get; init; }

    public bool? HostsOCSUsers { get; init; }

    public bool? IsLocal { get; init; }

    public string? AutodiscoverUrl { get; init; }
}
