using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>An external access policy (<c>Get-CsExternalAccessPolicy</c>); OWA users of Exchange Online count as remote users.</summary>
[DumpRecord("Get-CsExternalAccessPolicy", TypeNames = ["Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy"], OtherProperties = ["Description", "EnablePublicCloudAudioVideoAccess", "EnableXmppAccess"])]
public sealed partial record CsExternalAccessPolicy
{
    public string? Identity { get; init; }

    public bool? EnableFederationAccess { get; init; }

    public bool? EnablePublicCloudAccess { get; init; }

    public bool? EnableOutsideAccess { get; init; }

    public bool IsGlobal => string.Equals(Identity?.Trim(), "Global", StringComparison.OrdinalIgnoreCase);

    public string? PolicyName => Identity is { } id && id.StartsWith("Tag:", StringComparison.OrdinalIgnoreCase) ? id[4..] : Identity;
}
