namespace LyncExchange.Analyzer.Diagnostics;

/// <summary>Roslyn's severities, ordered so that a larger value is more severe.</summary>
public enum DiagnosticSeverity
{
    None = 0,
    Hidden = 1,
    Info = 2,
    Warning = 3,
    Error = 4,
}
