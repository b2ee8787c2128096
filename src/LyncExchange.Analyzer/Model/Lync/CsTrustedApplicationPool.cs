using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>A trusted application pool (<c>Get-CsTrustedApplicationPool</c>); Identity is <c>TrustedApplicationPool:&lt;FQDN&gt;</c>.</summary>
[DumpRecord("Get-CsTrustedApplicationPool",
    TypeNames = ["Microsoft.Rtc.Management.Xds.DisplayExternalServer"],
    OtherProperties = ["FileStore", "AudioPortStart", "AudioPortCount", "AppSharingPortStart", "AppSharingPortCount", "VideoPortStart", "VideoPortCount", "DependentServiceList", "ServiceId", "Version", "Role"])]
public sealed partial record CsTrustedApplicationPool
{
    public string? Identity { get; init; }

    public string? Registrar { get; init; }

    public string? PoolFqdn { get; init; }

    public string? SiteId { get; init; }

    public bool? ThrottleAsServer { get; init; }

    public bool? TreatAsAuthenticated { get; init; }

    public bool? OutboundOnly { get; init; }

    public bool? RequiresReplication { get; init; }

    public ValueList<string> Applications { get; init; }

    public ValueList<string> Computers { get; init; }

    /// <summary>The pool FQDN: <c>PoolFqdn</c>, else the identity without its <c>TrustedApplicationPool:</c> prefix.</summary>
    public string? Fqdn => PoolFqdn ?? LyncIdentity.StripServicePrefix(Identity);

    /// <summary>The registrar pool FQDN without its <c>Registrar:</c> prefix.</summary>
    public string? RegistrarFqdn => LyncIdentity.StripServicePrefix(Registrar);
}
