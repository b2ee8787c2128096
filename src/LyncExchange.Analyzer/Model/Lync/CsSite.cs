using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>A Lync site (<c>Get-CsSite</c>); its pool and service lists are often truncated in Format-List.</summary>
[DumpRecord("Get-CsSite", TypeNames = ["Microsoft.Rtc.Management.Deploy.Internal.Site"], OtherProperties = ["XmppFederationRoute", "DefaultPersistentChatPool", "Description", "ParentSite"])]
public sealed partial record CsSite
{
    public string? Identity { get; init; }

    public string? SiteId { get; init; }

    public string? DisplayName { get; init; }

    public string? SiteType { get; init; }

    public ValueList<string> Services { get; init; }

    public ValueList<string> Pools { get; init; }

    public string? FederationRoute { get; init; }
}
