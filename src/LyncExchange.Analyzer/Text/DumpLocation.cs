namespace LyncExchange.Analyzer.Text;

/// <summary>
/// A place in a dump file: the path relative to the analysed root and a 1-based line/column range.
/// Columns count UTF-16 code units of the decoded line, as Roslyn's do.
/// </summary>
public readonly record struct DumpLocation(string Path, int Line, int Column, int EndLine, int EndColumn)
{
    public static DumpLocation None { get; } = new(string.Empty, 0, 0, 0, 0);

    public bool IsNone => Line == 0;

    public static DumpLocation OnLine(string path, int line, int column, int length) =>
        new(path, line, column, line, column + Math.Max(length, 0));

    public static DumpLocation WholeFile(string path) => new(path, 1, 1, 1, 1);

    public override string ToString() =>
        IsNone ? "(no location)" : $"{Path}({Line},{Column})";
}
