using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>An OWA mailbox policy (<c>Get-OwaMailboxPolicy</c>); the one with <c>IsDefault</c> governs mailboxes without one.</summary>
[DumpRecord("Get-OwaMailboxPolicy",
    TypeNames = ["Microsoft.Exchange.Data.Directory.SystemConfiguration.OwaMailboxPolicy"],
    OtherProperties = ["DirectFileAccessOnPublicComputersEnabled", "TextMessagingEnabled", "ActiveSyncIntegrationEnabled", "AllAddressListsEnabled", "CalendarEnabled", "ContactsEnabled", "UMIntegrationEnabled", "DisplayPhotosEnabled", "SetPhotoEnabled"])]
public sealed partial record OwaMailboxPolicy
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public bool? InstantMessagingEnabled { get; init; }

    public InstantMessagingType? InstantMessagingType { get; init; }

    public bool? IsDefault { get; init; }

    public string? DistinguishedName { get; init; }

    public Guid? Guid { get; init; }
}
