using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>A mailbox's client access settings (<c>Get-CASMailbox</c>): which OWA mailbox policy governs it.</summary>
[DumpRecord("Get-CASMailbox",
    TypeNames = ["Microsoft.Exchange.Data.Directory.Management.CASMailbox"],
    OtherProperties = ["ActiveSyncEnabled", "PopEnabled", "ImapEnabled", "MAPIEnabled", "EwsEnabled", "ServerLegacyDN"])]
public sealed partial record CasMailbox
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public string? PrimarySmtpAddress { get; init; }

    public string? SamAccountName { get; init; }

    public bool? OWAEnabled { get; init; }

    public string? OwaMailboxPolicy { get; init; }

    public string? DistinguishedName { get; init; }
}
