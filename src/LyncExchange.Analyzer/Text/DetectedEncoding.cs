using System.Text;

namespace LyncExchange.Analyzer.Text;

/// <summary>The encoding of a dump file, the length of its byte order mark, and any doubt about it (LXA0903).</summary>
public sealed record DetectedEncoding(Encoding Encoding, string Name, int PreambleLength, string? Problem);
