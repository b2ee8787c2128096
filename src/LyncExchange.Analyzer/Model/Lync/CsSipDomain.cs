using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>A SIP domain of the Lync deployment (<c>Get-CsSipDomain</c>).</summary>
[DumpRecord("Get-CsSipDomain", TypeNames = ["Microsoft.Rtc.Management.Xds.DisplaySipDomain"])]
public sealed partial record CsSipDomain
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public bool? IsDefault { get; init; }

    public string? DomainName => Name ?? Identity;
}
