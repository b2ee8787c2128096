using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Analysis.Configuration;

/// <summary>
/// A mistake or notice in the engineer's case files (config, suppressions). It is reported as an LXA0904 diagnostic
/// on the offending line, like any other input problem, so a typo never silently changes what the run reports.
/// </summary>
public static class ConfigurationProblem
{
    public static Diagnostic Create(DumpLocation location, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var descriptor = RuleCatalog.Find(InputDiagnosticIds.ParseError)
            ?? throw new InvalidOperationException("the rule catalog has no " + InputDiagnosticIds.ParseError);
        return new Diagnostic
        {
            Descriptor = descriptor,
            Severity = severity,
            Message = message,
            Location = location,
        };
    }
}
