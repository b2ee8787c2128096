namespace LyncExchange.Analyzer.Diagnostics;

/// <summary>Rule areas; each owns one ID range of RULES.md.</summary>
public enum RuleCategory
{
    Dns,
    Directory,
    ExchangeOwa,
    LyncTrustedApplications,
    OAuth,
    Hybrid,
    InputQuality,
}
