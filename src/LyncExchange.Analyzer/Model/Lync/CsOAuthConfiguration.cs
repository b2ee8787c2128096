using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>Lync's OAuth configuration (<c>Get-CsOAuthConfiguration</c>, one Global instance on-premises).</summary>
[DumpRecord("Get-CsOAuthConfiguration",
    TypeNames = ["Microsoft.Rtc.Management.WritableConfig.Settings.SSAuth.OAuthSettings"],
    OtherProperties = ["ClientAuthorizationOAuthServerIdentity", "AlternateAudienceUrl", "AdditionalAudienceUrls", "ClientAdalAuthOverride"])]
public sealed partial record CsOAuthConfiguration
{
    public string? Identity { get; init; }

    public ValueList<string> PartnerApplications { get; init; }

    public ValueList<string> OAuthServers { get; init; }

    public string? Realm { get; init; }

    public string? ServiceName { get; init; }

    public string? ExchangeAutodiscoverUrl { get; init; }

    public ValueList<string> ExchangeAutodiscoverAllowedDomains { get; init; }
}
