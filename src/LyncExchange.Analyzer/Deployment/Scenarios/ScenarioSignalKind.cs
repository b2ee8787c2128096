namespace LyncExchange.Analyzer.Deployment.Scenarios;

/// <summary>The signals of RULES.md §C.1; the number is the S-number.</summary>
public enum ScenarioSignalKind
{
    OnPremLync = 1,
    OnPremHomedUsers = 2,
    OnlineHomedUsers = 3,
    SharedAddressSpaceProvider = 4,
    Office365OAuth = 5,
    TenantSharedSipAddressSpace = 6,
    DnsPointsOnline = 7,
    DnsPointsOnPrem = 8,
    ExchangeOnlineMailboxes = 9,
    OwaImIntent = 10,
}
