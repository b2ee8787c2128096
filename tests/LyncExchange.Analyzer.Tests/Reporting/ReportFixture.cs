using System.Collections.Immutable;
using System.Text;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Analysis.Configuration;
using LyncExchange.Analyzer.Reporting;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Reporting;

/// <summary>Runs the engine on a fixture or a scratch dump set and renders reports the way the CLI does.</summary>
internal static class ReportFixture
{
    public static readonly DateOnly Today = new(2026, 6, 1);

    public static string OwaImMisconfigured => Repository.Fixture("samples", "owa-im-misconfigured");

    public static AnalysisResult Analyze(string path, CaseConfiguration? configuration = null)
    {
        var options = new AnalysisOptions { Paths = [path] };
        return AnalysisEngine.Run(configuration?.ApplyTo(options) ?? options);
    }

    public static Report Build(string path, bool redact = false, BaselineLog? baseline = null, string? suppressions = null, string? config = null)
    {
        var configuration = CaseConfigurationLoader.Load([path], config, suppressions, Today);
        return ReportBuilder.Build(Analyze(path, configuration), new ReportOptions
        {
            Configuration = configuration,
            Baseline = baseline,
            Redact = redact,
        });
    }

    public static string Render(IReportWriter writer, Report report)
    {
        using var text = new StringWriter { NewLine = "\n" };
        writer.Write(report, text);
        return text.ToString();
    }

    public static IEnumerable<IReportWriter> AllWriters() =>
        ReportWriters.Formats.Select(f => ReportWriters.For(f)!);

    public static TheoryData<string> Formats()
    {
        var data = new TheoryData<string>();
        foreach (var format in ReportWriters.Formats)
        {
            data.Add(format);
        }

        return data;
    }
}

/// <summary>A dump set in a temporary folder, deleted afterwards; files are written as UTF-8.</summary>
internal sealed class ScratchDumpSet : IDisposable
{
    public ScratchDumpSet(string name = "case")
    {
        Parent = Path.Combine(Path.GetTempPath(), "lxa-tests-" + Guid.NewGuid().ToString("N"));
        Root = Path.Combine(Parent, name);
        Directory.CreateDirectory(Root);
    }

    public string Parent { get; }

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Puts on-premises Lync in evidence (a registrar pool), so the OWA integration rules run.</summary>
    public void WriteLyncPool() => Write("Get-CsPool.txt", LyncEvidence.Pool());

    public string WriteOutside(string fileName, string text)
    {
        var path = Path.Combine(Parent, fileName);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Copies a fixture folder's dumps (recursively) into this dump set.</summary>
    public void CopyFrom(string source)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

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

/// <summary>Format-List dumps with values chosen per test.</summary>
internal static class SampleDumps
{
    public static string OwaVirtualDirectory(string server, string identity, string enabled = "True", string type = "None") =>
        string.Join("\n", ImmutableArray.Create(
            string.Empty,
            $"Name                                  : owa (Default Web Site)",
            $"Server                                : {server}",
            $"ServerName                            : {server}",
            $"InstantMessagingEnabled               : {enabled}",
            $"InstantMessagingType                  : {type}",
            $"Identity                              : {identity}",
            string.Empty,
            string.Empty));
}
