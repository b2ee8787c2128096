using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>Roslyn severities as SARIF levels, the way Roslyn's own SARIF v2 logger maps them.</summary>
public static class SarifLevels
{
    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };
}
