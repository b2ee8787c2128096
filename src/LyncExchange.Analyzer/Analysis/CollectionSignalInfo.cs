using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Analysis;

/// <summary>What a <see cref="Formats.Transcript.CollectionSignal"/> says: which cmdlet (when known), failed or returned nothing, the error text, and where.</summary>
public sealed record CollectionSignalInfo(string? Cmdlet, CollectionState State, string Message, DumpLocation Location);
