using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>
/// A Lync partner application (<c>Get-CsPartnerApplication</c>). <c>AuthToken</c> renders as
/// <c>Value=&lt;metadata url&gt;</c> for metadata-based apps or <c>UseOAuthServer</c> for hybrid ones.
/// </summary>
[DumpRecord("Get-CsPartnerApplication",
    TypeNames = ["Microsoft.Rtc.Management.WritableConfig.Settings.SSAuth.PartnerApplication"],
    OtherProperties = ["Description"])]
public sealed partial record CsPartnerApplication
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public string? AuthToken { get; init; }

    public string? ApplicationIdentifier { get; init; }

    public string? Realm { get; init; }

    public string? ApplicationTrustLevel { get; init; }

    public bool? AcceptSecurityIdentifierInformation { get; init; }

    public bool? Enabled { get; init; }

    /// <summary>Some dumps (CliXml, <c>Select-Object</c>) show the metadata URL directly.</summary>
    public string? MetadataUrl { get; init; }

    /// <summary>The metadata URL from <c>MetadataUrl</c> or from <c>AuthToken</c>'s <c>Value=</c> form.</summary>
    public string? EffectiveMetadataUrl =>
        !string.IsNullOrWhiteSpace(MetadataUrl) ? MetadataUrl.Trim()
        : AuthToken is { } token && token.Trim().StartsWith("Value=", StringComparison.OrdinalIgnoreCase) ? token.Trim()[6..].Trim()
        : null;

    public bool UsesOAuthServer =>
        AuthToken?.Trim().Equals("UseOAuthServer", StringComparison.OrdinalIgnoreCase) == true;
}
