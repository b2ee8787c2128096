namespace LyncExchange.Analyzer.Text;

/// <summary>
/// A whole dump file decoded to text, with its line map. Used by the readers of formats that are
/// small in practice (cmdlet output, web.config, .reg); the LDIF and zone readers stream instead.
/// </summary>
public sealed class SourceFile
{
    private LineMap? _lines;

    public SourceFile(string path, string text, DetectedEncoding encoding)
    {
        Path = path;
        Text = text;
        Encoding = encoding;
    }

    /// <summary>Path relative to the analysed root, with forward slashes.</summary>
    public string Path { get; }

    public string Text { get; }

    public DetectedEncoding Encoding { get; }

    public LineMap Lines => _lines ??= LineMap.Build(Text);

    public static SourceFile Decode(string path, ReadOnlySpan<byte> bytes)
    {
        var encoding = TextEncodingDetector.Detect(bytes);
        var body = bytes[encoding.PreambleLength..];
        if (encoding.Encoding is System.Text.UnicodeEncoding && body.Length % 2 == 1)
        {
            // An odd byte count cannot be UTF-16: drop the dangling byte rather than invent a character.
            body = body[..^1];
        }

        return new SourceFile(path, encoding.Encoding.GetString(body), encoding);
    }

    public static SourceFile FromText(string path, string text) =>
        new(path, text, new DetectedEncoding(new System.Text.UTF8Encoding(false), "utf-8", 0, null));

    public DumpLocation GetLocation(TextSpan span)
    {
        var (line, column) = Lines.GetPosition(span.Start);
        var (endLine, endColumn) = Lines.GetPosition(Math.Min(span.End, Math.Max(Text.Length, 0)));
        return new DumpLocation(Path, line, column, endLine, endColumn);
    }

    /// <summary>The text of a 1-based line without its line break.</summary>
    public string GetLineText(int line)
    {
        if (line < 1 || line > Lines.LineCount)
        {
            return string.Empty;
        }

        var start = Lines.GetLineStart(line);
        var end = line < Lines.LineCount ? Lines.GetLineStart(line + 1) : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }
}
