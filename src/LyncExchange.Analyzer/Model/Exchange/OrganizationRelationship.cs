using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>A federation-based organization relationship (<c>Get-OrganizationRelationship</c>); evidence of an Exchange hybrid.</summary>
[DumpRecord("Get-OrganizationRelationship",
    TypeNames = ["Microsoft.Exchange.Data.Directory.Management.OrganizationRelationship"],
    OtherProperties = ["FreeBusyAccessScope", "MailboxMoveEnabled", "DeliveryReportEnabled", "MailTipsAccessEnabled", "MailTipsAccessLevel", "MailTipsAccessScope", "PhotosEnabled", "TargetSharingEpr", "OrganizationContact", "ArchiveAccessEnabled"])]
public sealed partial record OrganizationRelationship
{
    public string? Identity { get; init; }

    public string? Name { get; init; }

    public ValueList<string> DomainNames { get; init; }

    public bool? FreeBusyAccessEnabled { get; init; }

    public string? FreeBusyAccessLevel { get; init; }

    /// <summary>Not a URL: Exchange writes the application URI as a bare host (<c>outlook.com</c>).</summary>
    public string? TargetApplicationUri { get; init; }

    public Uri? TargetOwaURL { get; init; }

    public Uri? TargetAutodiscoverEpr { get; init; }

    public bool? Enabled { get; init; }
}
