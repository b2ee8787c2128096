using LyncExchange.Analyzer.Analysis.Configuration;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>How a result becomes a report: the case configuration, an optional baseline, and whether to redact.</summary>
public sealed record ReportOptions
{
    public static ReportOptions Default { get; } = new();

    public CaseConfiguration Configuration { get; init; } = CaseConfiguration.Empty;

    public BaselineLog? Baseline { get; init; }

    public bool Redact { get; init; }

    public ToolInfo Tool { get; init; } = ToolInfo.Current;
}
