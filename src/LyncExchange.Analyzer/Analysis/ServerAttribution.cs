namespace LyncExchange.Analyzer.Analysis;

/// <summary>The server a per-server file was attributed to, and how: <c>file-name</c> (prefix) or <c>folder</c>.</summary>
public sealed record ServerAttribution(string Server, string DecidedBy);
