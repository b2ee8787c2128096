using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Model.Lync;

/// <summary>A Lync pool (<c>Get-CsPool</c>); <c>Services</c> lists <c>Role:fqdn</c> service identities.</summary>
[DumpRecord("Get-CsPool", TypeNames = ["Microsoft.Rtc.Management.Deploy.Internal.Cluster"], OtherProperties = ["BackupPoolFqdn"])]
public sealed partial record CsPool
{
    public string? Identity { get; init; }

    public string? Fqdn { get; init; }

    public ValueList<string> Services { get; init; }

    public ValueList<string> Computers { get; init; }

    public string? Site { get; init; }

    public string? PoolFqdn => Fqdn ?? Identity;

    public bool HasService(string role) =>
        Services.Any(s => string.Equals(LyncIdentity.RoleOf(s), role, StringComparison.OrdinalIgnoreCase));
}
