using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>A Unified Messaging dial plan (<c>Get-UMDialPlan</c>); a <c>SipName</c> URI type means Lync routes voice mail to Exchange UM.</summary>
[DumpRecord("Get-UMDialPlan", TypeNames = ["Microsoft.Exchange.Data.Directory.SystemConfiguration.UMDialPlan"], OtherProperties = ["NumberOfDigitsInExtension", "VoIPSecurity", "CountryOrRegionCode"])]
public sealed partial record UmDialPlan
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public string? URIType { get; init; }

    public ValueList<string> UMServers { get; init; }
}
