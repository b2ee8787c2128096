using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>The Office 365 tenant's federation settings (<c>Get-CsTenantFederationConfiguration</c>, Lync Online PowerShell).</summary>
[DumpRecord("Get-CsTenantFederationConfiguration", TypeNames = ["Microsoft.Rtc.Management.WritableConfig.Settings.Edge.TenantFederationSettings"], OtherProperties = ["BlockedDomains", "AllowPublicUsers"])]
public sealed partial record CsTenantFederationConfiguration
{
    public string? Identity { get; init; }

    public bool? AllowFederatedUsers { get; init; }

    public bool? SharedSipAddressSpace { get; init; }

    /// <summary>Open federation renders as <c>AllowAllKnownDomains</c>; closed federation as the list of allowed domains.</summary>
    public string? AllowedDomains { get; init; }
}
