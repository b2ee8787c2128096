using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>
/// A recipient from <c>Get-Mailbox</c>, <c>Get-RemoteMailbox</c> or <c>Get-Recipient</c>: where the mailbox lives
/// (<c>RecipientTypeDetails</c>) and its proxy addresses (<c>EmailAddresses</c>, which carries the SIP proxy).
/// </summary>
[DumpRecord("Get-Mailbox", "Get-RemoteMailbox", "Get-Recipient",
    TypeNames = [
        "Microsoft.Exchange.Data.Directory.Management.Mailbox",
        "Microsoft.Exchange.Data.Directory.Management.RemoteMailbox",
        "Microsoft.Exchange.Data.Directory.Management.ReducedRecipient"],
    OtherProperties = ["Alias", "Database", "ServerName", "ExchangeVersion", "LegacyExchangeDN", "HiddenFromAddressListsEnabled", "OrganizationalUnit", "ObjectClass", "ObjectCategory"])]
public sealed partial record Mailbox
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Alias { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? SamAccountName { get; init; }

    public string? PrimarySmtpAddress { get; init; }

    public string? WindowsEmailAddress { get; init; }

    public ValueList<string> EmailAddresses { get; init; }

    public string? RecipientTypeDetails { get; init; }

    public string? RecipientType { get; init; }

    public string? RemoteRoutingAddress { get; init; }

    public string? ServerName { get; init; }

    public string? Database { get; init; }

    public string? DistinguishedName { get; init; }

    public Guid? Guid { get; init; }

    public Guid? ExchangeGuid { get; init; }
}
