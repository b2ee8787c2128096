using BenchmarkDotNet.Attributes;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.Ldif;
using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Benchmarks;

/// <summary>
/// What the directory rules index about users, on a generated 10 MB ldifde export (about 4,350 users): the merged user
/// view alone, and the whole pipeline (read, every rule, the report's per-user support table is not part of it).
/// Allocated bytes per operation are the figure to watch: the view must cost little more than the LDIF entries.
/// </summary>
[MemoryDiagnoser]
public class UserIndexBenchmarks
{
    private const long Size = 10L * 1024 * 1024;
    private string _folder = string.Empty;
    private List<IDumpRecord> _objects = [];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "lxa-bench-users-" + Environment.ProcessId);
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "export.ldf");
        LdifExportGenerator.Write(path, Size);
        using var stream = File.OpenRead(path);
        _objects = [.. new LdifRecordReader().ReadObjects(stream, "export.ldf", ReaderContext.ForTests(new InputDiagnosticBag()))];
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int MergedUserView() => UsersIndex.Of(new DeploymentModel(_objects, [])).Users.Length;

    [Benchmark]
    public int WholePipelineOnTheExport() =>
        AnalysisEngine.Run(new AnalysisOptions { Paths = [_folder], Parallelism = 1 }).Diagnostics.Length;
}
