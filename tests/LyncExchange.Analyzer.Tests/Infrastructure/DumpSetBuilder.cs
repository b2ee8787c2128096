using System.Collections.Immutable;
using System.Text;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Tests.Infrastructure;

/// <summary>Writes a small dump set to a temporary folder and analyses it end to end, as a customer's folder would be.</summary>
public sealed class DumpSetBuilder : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "lxa-tests", Guid.NewGuid().ToString("N"));

    public DumpSetBuilder() => Directory.CreateDirectory(_root);

    public string Root => _root;

    public DumpSetBuilder Add(string relativePath, string text) => Add(relativePath, new UTF8Encoding(false).GetBytes(text));

    public DumpSetBuilder Add(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public AnalysisResult Analyze(Func<AnalysisOptions, AnalysisOptions>? configure = null)
    {
        var options = new AnalysisOptions { Paths = [_root] };
        return AnalysisEngine.Run(configure is null ? options : configure(options));
    }

    public ImmutableArray<Diagnostic> Diagnostics(string? id = null) =>
        [.. Analyze().Diagnostics.Where(d => id is null || d.Id == id)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
