namespace LyncExchange.Analyzer.Deployment;

/// <summary>"No trusted applications" and "trusted applications not collected" are different findings.</summary>
public enum CollectionState
{
    NotCollected,
    Collected,
    CollectedEmpty,
    Failed,
}
