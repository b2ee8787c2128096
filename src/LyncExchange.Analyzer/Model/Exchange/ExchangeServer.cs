using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>An Exchange server (<c>Get-ExchangeServer</c>): its roles and version decide which integration steps apply.</summary>
[DumpRecord("Get-ExchangeServer",
    TypeNames = ["Microsoft.Exchange.Data.Directory.Management.ExchangeServer"],
    OtherProperties = ["Edition", "ExchangeLegacyDN", "IsMailboxServer", "IsClientAccessServer", "IsHubTransportServer", "IsEdgeServer", "IsUnifiedMessagingServer", "IsFrontendTransportServer"])]
public sealed partial record ExchangeServer
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public string? Fqdn { get; init; }

    public string? Domain { get; init; }

    public string? Site { get; init; }

    public ExchangeServerRoles? ServerRole { get; init; }

    public string? AdminDisplayVersion { get; init; }

    public string? DistinguishedName { get; init; }

    public Guid? Guid { get; init; }

    public bool HasRole(string role) =>
        ServerRole?.Has(role) == true;

    /// <summary>Exchange 2013 reports "Version 15.0 (Build …)".</summary>
    public bool IsExchange2013 => AdminDisplayVersion?.StartsWith("Version 15.0", StringComparison.OrdinalIgnoreCase) == true;
}
