namespace LyncExchange.Analyzer.Analysis.Configuration;

/// <summary>A finding of an earlier run, as much of it as a baseline comparison needs.</summary>
public sealed record BaselineFinding(string Fingerprint, string RuleId, string Level, string Message, string? LogicalLocation);
