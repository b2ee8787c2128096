namespace LyncExchange.Analyzer.Diagnostics;

/// <summary>The severity spellings of Roslyn's text output and <c>.globalconfig</c> files.</summary>
public static class DiagnosticSeverityNames
{
    public static string ToName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Hidden => "hidden",
        _ => "none",
    };

    public static bool TryParse(string? text, out DiagnosticSeverity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = DiagnosticSeverity.Error; return true;
            case "warning": severity = DiagnosticSeverity.Warning; return true;
            case "info" or "suggestion": severity = DiagnosticSeverity.Info; return true;
            case "hidden" or "silent": severity = DiagnosticSeverity.Hidden; return true;
            case "none": severity = DiagnosticSeverity.None; return true;
            default: severity = DiagnosticSeverity.None; return false;
        }
    }
}
