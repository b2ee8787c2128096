using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>An authorization server Exchange trusts (<c>Get-AuthServer</c>), e.g. Azure ACS for hybrid.</summary>
[DumpRecord("Get-AuthServer",
    TypeNames = ["Microsoft.Exchange.Data.Directory.SystemConfiguration.AuthServer"],
    OtherProperties = ["CertificateStrings", "AuthorizationEndpoint", "ApplicationIdentifier"])]
public sealed partial record AuthServer
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public bool? Enabled { get; init; }

    public string? IssuerIdentifier { get; init; }

    public Uri? TokenIssuingEndpoint { get; init; }

    public Uri? AuthMetadataUrl { get; init; }

    public string? Type { get; init; }

    public string? Realm { get; init; }

    public bool? IsDefaultAuthorizationEndpoint { get; init; }
}
