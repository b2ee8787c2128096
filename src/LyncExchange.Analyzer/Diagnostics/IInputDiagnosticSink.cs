namespace LyncExchange.Analyzer.Diagnostics;

/// <summary>Where readers and binders put the problems they find; never an exception.</summary>
public interface IInputDiagnosticSink
{
    void Report(InputDiagnostic diagnostic);
}
