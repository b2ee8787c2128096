using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>A user services policy (<c>Get-CsUserServicesPolicy</c>): <c>UcsAllowed</c> decides the Unified Contact Store.</summary>
[DumpRecord("Get-CsUserServicesPolicy", TypeNames = ["Microsoft.Rtc.Management.WritableConfig.Policy.UserServices.UserServicesPolicy"], OtherProperties = ["Description", "MigrationPauseTime"])]
public sealed partial record CsUserServicesPolicy
{
    public string? Identity { get; init; }

    public bool? UcsAllowed { get; init; }

    public bool IsGlobal => string.Equals(Identity?.Trim(), "Global", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name a user's <c>UserServicesPolicy</c> refers to: <c>Tag:NoUcs</c> → <c>NoUcs</c>.</summary>
    public string? PolicyName => Identity is { } id && id.StartsWith("Tag:", StringComparison.OrdinalIgnoreCase) ? id[4..] : Identity;
}
