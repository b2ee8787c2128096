namespace LyncExchange.Analyzer.Model.Dns;

/// <summary>Where a DNS record sends clients (RULES.md §B.0, "OnlineTargets").</summary>
public enum DnsTargetEnvironment
{
    /// <summary>Neither: outside the supplied zones and not a Microsoft cloud name, dangling, looping, or "service not available".</summary>
    Unknown,

    /// <summary>The target is, or its CNAME chain reaches, *.online.lync.com, *.resources.lync.com or *.outlook.com.</summary>
    Online,

    /// <summary>The target resolves to a name inside a supplied (customer) zone.</summary>
    OnPrem,
}
