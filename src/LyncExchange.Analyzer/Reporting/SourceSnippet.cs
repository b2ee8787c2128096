namespace LyncExchange.Analyzer.Reporting;

/// <summary>The quoted source lines of a location (at most <see cref="MaxLines"/>), as the dump has them.</summary>
public sealed record SourceSnippet(int StartLine, string Text)
{
    public const int MaxLines = 6;
}
