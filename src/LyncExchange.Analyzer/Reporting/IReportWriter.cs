namespace LyncExchange.Analyzer.Reporting;

/// <summary>Formats a report; a writer never decides anything (what is shown, suppressed or redacted is in the <see cref="Report"/>).</summary>
public interface IReportWriter
{
    string FormatName { get; }

    void Write(Report report, TextWriter output);
}
