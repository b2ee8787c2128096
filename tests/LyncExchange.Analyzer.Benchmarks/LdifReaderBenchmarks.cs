using BenchmarkDotNet.Attributes;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.Ldif;
using LyncExchange.Analyzer.Model.Directory;

namespace LyncExchange.Analyzer.Benchmarks;

/// <summary>The LDIF reader and the directory index over a generated 10 MB ldifde export.</summary>
[MemoryDiagnoser]
public class LdifReaderBenchmarks
{
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "lxa-bench-10mb.ldf");
        LdifExportGenerator.Write(_path, 10L * 1024 * 1024);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public int RecordsOnly()
    {
        using var stream = File.OpenRead(_path);
        return LdifReader.Read(stream, "bench.ldf", new InputDiagnosticBag(), ReaderLimits.Default).Count();
    }

    [Benchmark]
    public int ObjectsAndIndex()
    {
        using var stream = File.OpenRead(_path);
        var objects = new LdifRecordReader().ReadObjects(stream, "bench.ldf", ReaderContext.ForTests(new InputDiagnosticBag()));
        return DirectoryIndex.Build(objects).BySip.Count;
    }
}
