using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>The Access Edge configuration (<c>Get-CsAccessEdgeConfiguration</c>) in either of its two shapes (DNS SRV routing or default route).</summary>
[DumpRecord("Get-CsAccessEdgeConfiguration",
    TypeNames = [
        "Microsoft.Rtc.Management.WritableConfig.Settings.Edge.DisplayAccessEdgeSettingsDnsSrvRouting",
        "Microsoft.Rtc.Management.WritableConfig.Settings.Edge.DisplayAccessEdgeSettingsDefaultRoute"],
    OtherProperties = ["BeClearingHouse", "DiscoveredPartnerStandardRate", "DiscoveredPartnerReportPeriodMinutes", "EnableArchivingDisclaimer", "EnableUserReplicator", "KeepCrlsUpToDateForPeers", "MarkSourceVerifiableOnOutgoingMessages", "OutgoingTlsCountForFederatedPartners", "MaxAcceptedCertificatesStored", "MaxRejectedCertificatesStored", "CertificatesDeletedPercentage", "DnsSrvCacheRecordCount", "SkypeSearchUrl", "MaxContactsPerDiscoveredPartner", "EnableDiscoveredPartnerContactsLimit", "IsPublicProvider", "VerificationLevel"])]
public sealed partial record CsAccessEdgeConfiguration
{
    public string? Identity { get; init; }

    public bool? AllowAnonymousUsers { get; init; }

    public bool? AllowFederatedUsers { get; init; }

    public bool? AllowOutsideUsers { get; init; }

    public bool? EnablePartnerDiscovery { get; init; }

    public string? DiscoveredPartnerVerificationLevel { get; init; }

    public string? RoutingMethod { get; init; }

    public string? DefaultRouteFqdn { get; init; }
}
