namespace LyncExchange.Analyzer.Deployment.Scenarios;

/// <summary>The Lync dimension of KB 2614242's three configurations.</summary>
public enum LyncScenario
{
    Unknown,
    LyncServerOnly,
    LyncOnlineOnly,
    Hybrid,
}
