using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>An authorization server Lync trusts (<c>Get-CsOAuthServer</c>); hybrid needs <c>microsoft.sts</c> at Azure ACS.</summary>
[DumpRecord("Get-CsOAuthServer",
    TypeNames = ["Microsoft.Rtc.Management.WritableConfig.Settings.SSAuth.OAuthServer"],
    OtherProperties = ["Type", "AcceptSecurityIdentifierInformation", "AuthorizationUriOverride"])]
public sealed partial record CsOAuthServer
{
    public string? Identity { get; init; }

    public string? Realm { get; init; }

    public string? MetadataUrl { get; init; }
}
