namespace LyncExchange.Analyzer.Reporting;

/// <summary>The writers by format name, as <c>--format</c> accepts them, and the usual file extension of each.</summary>
public static class ReportWriters
{
    public static IReadOnlyList<string> Formats { get; } = ["text", "sarif", "html", "json", "md"];

    public static IReportWriter? For(string format) => format.ToLowerInvariant() switch
    {
        "text" => new TextReportWriter(),
        "sarif" => new SarifReportWriter(),
        "html" => new HtmlReportWriter(),
        "json" => new JsonReportWriter(),
        "md" or "markdown" => new MarkdownReportWriter(),
        _ => null,
    };

    public static string Extension(string format) => format.ToLowerInvariant() switch
    {
        "text" => ".txt",
        "sarif" => ".sarif",
        "html" => ".html",
        "json" => ".json",
        _ => ".md",
    };
}
