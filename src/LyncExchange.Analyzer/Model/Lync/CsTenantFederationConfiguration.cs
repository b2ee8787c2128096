using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>The Office 365 tenant's federation settings (<c>Get-CsTenantFederationConfiguration</c>, Lync Online PowerShell).</summary>
[DumpRecord("Get-CsTenantFederationConfiguration", TypeNames = ["Microsoft.Rtc.Management.WritableConfig.Settings.Edge.TenantFederationSettings"], OtherProperties = ["AllowedDomains", "BlockedDomains", "AllowPublicUsers"])]
public sealed partial record CsTenantFederationConfiguration
{
    public string? Identity { get; init; }

    public bool? AllowFederatedUsers { get; init; }

    public bool? SharedSipAddressSpace { get; init; }
}
