namespace LyncExchange.Analyzer.Dumps;

/// <summary>Thrown inside the dump layer when an input passes a configured bound; the engine turns it into a diagnostic.</summary>
public sealed class DumpLimitExceededException(string message) : Exception(message);
