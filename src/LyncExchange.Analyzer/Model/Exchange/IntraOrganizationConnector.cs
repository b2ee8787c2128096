using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>The hybrid OAuth connector to Exchange Online (<c>Get-IntraOrganizationConnector</c>), created by the Hybrid Configuration Wizard.</summary>
[DumpRecord("Get-IntraOrganizationConnector",
    TypeNames = ["Microsoft.Exchange.Data.Directory.SystemConfiguration.IntraOrganizationConnector"],
    OtherProperties = ["TargetSharingEpr", "ExchangeVersion"])]
public sealed partial record IntraOrganizationConnector
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public ValueList<string> TargetAddressDomains { get; init; }

    public Uri? DiscoveryEndpoint { get; init; }

    public bool? Enabled { get; init; }
}
