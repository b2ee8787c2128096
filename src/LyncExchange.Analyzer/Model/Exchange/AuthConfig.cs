using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>Exchange's OAuth configuration (<c>Get-AuthConfig</c>): the Auth certificate used for server-to-server authentication.</summary>
[DumpRecord("Get-AuthConfig",
    TypeNames = ["Microsoft.Exchange.Data.Directory.SystemConfiguration.AuthConfig"],
    OtherProperties = ["DeploymentId", "IssuerIdentifier", "ExchangeVersion"])]
public sealed partial record AuthConfig
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public string? CurrentCertificateThumbprint { get; init; }

    public string? PreviousCertificateThumbprint { get; init; }

    public string? NextCertificateThumbprint { get; init; }

    public DateTime? NextCertificateEffectiveDate { get; init; }

    public string? ServiceName { get; init; }

    public string? Realm { get; init; }
}
