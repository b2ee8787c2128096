using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>A Client Access server (<c>Get-ClientAccessServer</c>): its internal autodiscover URI, which Lync's OAuth chain follows.</summary>
[DumpRecord("Get-ClientAccessServer", "Get-ClientAccessService",
    TypeNames = ["Microsoft.Exchange.Data.Directory.Management.ClientAccessServer"],
    OtherProperties = ["OutlookAnywhereEnabled", "AlternateServiceAccountConfiguration", "IrmLogEnabled"])]
public sealed partial record ClientAccessServer
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public string? Fqdn { get; init; }

    public Uri? AutoDiscoverServiceInternalUri { get; init; }

    public ValueList<string> AutoDiscoverSiteScope { get; init; }

    public string? DistinguishedName { get; init; }
}
