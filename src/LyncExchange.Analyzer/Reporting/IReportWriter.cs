using LyncExchange.Analyzer.Analysis;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>Formats a result; a writer never decides anything.</summary>
public interface IReportWriter
{
    string FormatName { get; }

    void Write(AnalysisResult result, TextWriter output);
}
