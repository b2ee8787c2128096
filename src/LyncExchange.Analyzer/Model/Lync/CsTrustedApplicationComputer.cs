using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>A computer of a trusted application pool (<c>Get-CsTrustedApplicationComputer</c>).</summary>
[DumpRecord("Get-CsTrustedApplicationComputer", TypeNames = ["Microsoft.Rtc.Management.Xds.DisplayComputer"])]
public sealed partial record CsTrustedApplicationComputer
{
    public string? Identity { get; init; }

    public string? Pool { get; init; }

    public string? Fqdn { get; init; }
}
