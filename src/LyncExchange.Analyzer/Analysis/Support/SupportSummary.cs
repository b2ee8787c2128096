namespace LyncExchange.Analyzer.Analysis.Support;

/// <summary>Users per (scenario, Lync home, mailbox) cell of the matrices.</summary>
public sealed record SupportCellCount(string Scenario, string LyncHome, string Mailbox, int Users);

/// <summary>Per feature: how many users it is expected to work for, and of those how many are OK, broken or unknown.</summary>
public sealed record FeatureCount(SupportFeature Feature, int Supported, int NotSupported, int Ok, int Broken, int Unknown);
