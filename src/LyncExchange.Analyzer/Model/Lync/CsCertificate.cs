using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>A certificate assigned to a Lync server role (<c>Get-CsCertificate</c>); <c>Use</c> names the role, e.g. <c>OAuthTokenIssuer</c>.</summary>
[DumpRecord("Get-CsCertificate",
    TypeNames = ["Microsoft.Rtc.Management.Deployment.CertificateReference"],
    IdentityProperty = "Thumbprint",
    OtherProperties = ["Issuer", "SerialNumber", "EffectiveDate", "PreviousThumbprint", "PreviousNotAfter", "PreviousNotBefore", "PreviousAlternativeNames"])]
public sealed partial record CsCertificate
{
    public string? Use { get; init; }

    public string? Thumbprint { get; init; }

    public string? Subject { get; init; }

    public ValueList<string> AlternativeNames { get; init; }

    public DateTime? NotAfter { get; init; }

    public DateTime? NotBefore { get; init; }

    /// <summary>The Front End the dump was taken on (folder or file-name prefix), when known.</summary>
    public string? Server { get; init; }
}
