using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>An Exchange partner application (<c>Get-PartnerApplication</c>): Lync on-premises appears as <c>LyncEnterprise-*</c> with the pool's metadata URL.</summary>
[DumpRecord("Get-PartnerApplication",
    TypeNames = ["Microsoft.Exchange.Data.Directory.SystemConfiguration.PartnerApplication"],
    OtherProperties = ["CertificateStrings", "DeploymentId", "IssuerIdentifier", "AccountType", "AppOnlyPermissions", "ActAsPermissions", "ExchangeVersion"])]
public sealed partial record PartnerApplication
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public bool? Enabled { get; init; }

    public string? ApplicationIdentifier { get; init; }

    public Uri? AuthMetadataUrl { get; init; }

    public string? Realm { get; init; }

    public bool? UseAuthServer { get; init; }

    public bool? AcceptSecurityIdentifierInformation { get; init; }

    public string? LinkedAccount { get; init; }

    public string? DistinguishedName { get; init; }
}
