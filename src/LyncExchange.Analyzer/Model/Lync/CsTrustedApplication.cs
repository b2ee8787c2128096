using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>A Lync trusted application (<c>Get-CsTrustedApplication</c>); OWA's is created with <c>-ApplicationId OutlookWebApp</c> on the Exchange pool.</summary>
[DumpRecord("Get-CsTrustedApplication",
    TypeNames = ["Microsoft.Rtc.Management.Xds.DisplayTrustedApplication"],
    OtherProperties = ["ComputerGruus", "ServiceGruu"])]
public sealed partial record CsTrustedApplication
{
    public string? Identity { get; init; }

    public string? ApplicationId { get; init; }

    public string? TrustedApplicationPoolFqdn { get; init; }

    public int? Port { get; init; }

    /// <summary><c>Mtls</c> or <c>Tcp</c>; absent in some dumps, which means unknown, not a defect (RULES.md decision 3).</summary>
    public string? Protocol { get; init; }

    public string? LegacyApplicationName { get; init; }

    public ValueList<string> ComputerGruus { get; init; }
}
