using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Cli;

/// <summary>The process exit codes of DESIGN §3.</summary>
public static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int InputError = 2;
    public const int UnexpectedFailure = 3;

    public static int From(AnalysisResult result, DiagnosticSeverity failOn)
    {
        if (result.NothingReadable)
        {
            return InputError;
        }

        return result.HasAtLeast(failOn) ? Findings : Clean;
    }
}
