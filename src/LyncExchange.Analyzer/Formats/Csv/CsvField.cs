using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Csv;

/// <summary>A CSV field's text (unquoted and unescaped), whether it was quoted, and where it starts.</summary>
internal sealed record CsvField(string Text, bool Quoted, int Line, int Column, int EndLine, int EndColumn)
{
    public DumpLocation Location(string path) => new(path, Line, Column, EndLine, EndColumn);
}
