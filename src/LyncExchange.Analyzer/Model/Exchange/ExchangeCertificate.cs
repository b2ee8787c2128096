using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>
/// A certificate of an Exchange server (<c>Get-ExchangeCertificate</c>). CliXml keeps only <c>RawData</c>;
/// the deployment layer fills thumbprint, names and validity from those DER bytes when the text properties are absent.
/// </summary>
[DumpRecord("Get-ExchangeCertificate",
    TypeNames = ["Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate"],
    IdentityProperty = "Thumbprint",
    OtherProperties = ["AccessRules", "RootCAType", "FriendlyName", "KeyIdentifier", "PrivateKeyExportable", "IisServices", "Archived", "Extensions", "Handle", "IssuerName", "PrivateKey", "PublicKey", "SerialNumber", "SignatureAlgorithm", "SubjectName", "Version", "CertificateRequest"])]
public sealed partial record ExchangeCertificate
{
    public string? Thumbprint { get; init; }

    public string? Subject { get; init; }

    public string? Issuer { get; init; }

    public ValueList<string> CertificateDomains { get; init; }

    public bool? HasPrivateKey { get; init; }

    public bool? IsSelfSigned { get; init; }

    public DateTime? NotAfter { get; init; }

    public DateTime? NotBefore { get; init; }

    public int? PublicKeySize { get; init; }

    public CertificateServices? Services { get; init; }

    public string? Status { get; init; }

    public string? FriendlyName { get; init; }

    /// <summary>Base64 DER (CliXml <c>BA</c> element), when the dump kept it.</summary>
    public string? RawData { get; init; }

    /// <summary>The server the certificate was collected from: the nearest folder or file-name prefix, or <c>-Server</c>.</summary>
    public string? Server { get; init; }
}
