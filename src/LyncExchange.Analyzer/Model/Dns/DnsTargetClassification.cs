namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>
/// Why a record was classified as it was: the environment, the name that decided it, the lookup that was followed (if
/// any), and whether the target looks like a Microsoft name that lost its trailing dot
/// (<c>webdir.online.lync.com.contoso.com.</c>), the classic misconfiguration of formats.md §5.1.
/// </summary>
public sealed record DnsTargetClassification(
    DnsTargetEnvironment Environment,
    DnsName DecidingName,
    string Reason,
    DnsLookup? Lookup,
    bool SuspectedMissingTrailingDot = false);
