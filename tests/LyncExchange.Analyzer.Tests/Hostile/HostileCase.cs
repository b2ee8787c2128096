using System.Text;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Cli;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Reporting;

namespace LyncExchange.Analyzer.Tests.Hostile;

/// <summary>
/// A dump folder beside an "outside" folder that holds a secret the analyzer must never read. Every test that
/// proves a file is not opened plants the secret outside and then looks for it in everything the run produced.
/// </summary>
internal sealed class HostileCase : IDisposable
{
    public HostileCase()
    {
        Parent = Path.Combine(Path.GetTempPath(), "lxa-hostile-" + Guid.NewGuid().ToString("N"));
        Root = Path.Combine(Parent, "dump");
        Outside = Path.Combine(Parent, "outside");
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Outside);
        Secret = "LXASECRET" + Guid.NewGuid().ToString("N");
    }

    public string Parent { get; }

    public string Root { get; }

    public string Outside { get; }

    /// <summary>A value that exists only outside the dump set; it must appear in no output.</summary>
    public string Secret { get; }

    public string Write(string relativePath, string text) => Write(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string WriteOutside(string relativePath, string text)
    {
        var path = Path.Combine(Outside, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public AnalysisResult Analyze(Func<AnalysisOptions, AnalysisOptions>? configure = null)
    {
        var options = new AnalysisOptions { Paths = [Root] };
        return AnalysisEngine.Run(configure is null ? options : configure(options));
    }

    /// <summary>Runs <c>lxa analyze</c> with every report format; returns the exit code, stdout and each report's text.</summary>
    public CliRun RunCli(string outputName = "out", params string[] extra)
    {
        var output = Path.Combine(Parent, outputName);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApplication.Run(["analyze", Root, "--quiet", "--output-dir", output, "-f", "text", "-f", "md", "-f", "html", "-f", "json", "-f", "sarif", .. extra], stdout, stderr);
        var reports = Directory.Exists(output)
            ? Directory.GetFiles(output).Order(StringComparer.Ordinal).ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes)
            : [];
        return new CliRun(exit, stdout.ToString(), stderr.ToString(), reports);
    }

    /// <summary>Everything a run shows the engineer: diagnostic messages, the values read, every report.</summary>
    public static string Everything(AnalysisResult result) =>
        string.Join("\n", result.Diagnostics.Select(d => d.Location + " " + d.Id + " " + d.Message))
        + "\n" + string.Join("\n", result.Deployment.All<Analyzer.Model.Binding.IDumpRecord>().Select(r => r.ToString()));

    public static IReadOnlyList<Diagnostic> InputDiagnostics(AnalysisResult result, string pathContains) =>
        [.. result.Diagnostics.Where(d => d.Id.StartsWith("LXA09", StringComparison.Ordinal) && d.Location.Path.Contains(pathContains, StringComparison.Ordinal))];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Parent, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal sealed record CliRun(int Exit, string Stdout, string Stderr, IReadOnlyDictionary<string, byte[]> Reports)
{
    public string AllText => Stdout + Stderr + string.Concat(Reports.Values.Select(b => Encoding.UTF8.GetString(b)));
}
