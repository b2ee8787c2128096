using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Deployment;

/// <summary>One cmdlet's output in one file: how many objects it gave, or why it gave none.</summary>
public sealed record CollectionRecord(string Cmdlet, string Path, CollectionState State, int ObjectCount, DumpLocation Location, string? Error = null);
