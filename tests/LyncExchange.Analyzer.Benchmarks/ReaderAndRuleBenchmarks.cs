using BenchmarkDotNet.Attributes;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.DnsZone;
using LyncExchange.Analyzer.Formats.FormatList;

namespace LyncExchange.Analyzer.Benchmarks;

/// <summary>
/// The zone and Format-List readers on generated 5 MB inputs, and the whole pipeline (read, bind, deployment, every
/// rule) on the collector's broken Lync Server corpus: the per-reader and rule-pass figures of issue #9.
/// </summary>
[MemoryDiagnoser]
public class ReaderAndRuleBenchmarks
{
    private const long Size = 5L * 1024 * 1024;
    private string _folder = string.Empty;
    private string _corpus = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "lxa-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(_folder);
        using (var zone = File.Create(Path.Combine(_folder, "contoso.com.zone")))
        {
            LyncExchange.Analyzer.Tests.Formats.DnsZone.Generated.LargeZoneGenerator.Write(zone, Size);
        }

        FormatListGenerator.Write(Path.Combine(_folder, "Get-RemoteMailbox.txt"), Size, utf16: false);
        FormatListGenerator.Write(Path.Combine(_folder, "Get-RemoteMailbox.utf16.txt"), Size, utf16: true);
        _corpus = FindCorpus();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int ZoneReader() =>
        new ZoneFileReader().ReadRecords(Entry("contoso.com.zone"), ReaderContext.ForTests(new InputDiagnosticBag())).Count();

    [Benchmark]
    public int FormatListReaderUtf8() =>
        new FormatListReader().Read(Entry("Get-RemoteMailbox.txt"), ReaderContext.ForTests(new InputDiagnosticBag())).Count();

    [Benchmark]
    public int FormatListReaderUtf16() =>
        new FormatListReader().Read(Entry("Get-RemoteMailbox.utf16.txt"), ReaderContext.ForTests(new InputDiagnosticBag())).Count();

    [Benchmark]
    public int WholePipelineOnTheBrokenCorpus() =>
        AnalysisEngine.Run(new AnalysisOptions { Paths = [_corpus], Parallelism = 1 }).Diagnostics.Length;

    private DumpEntry Entry(string name)
    {
        var path = Path.Combine(_folder, name);
        return new DumpEntry(name, new FileInfo(path).Length, () => File.OpenRead(path));
    }

    /// <summary>fixtures/scenarios/lync-server-broken, found upwards from the benchmark's working directory.</summary>
    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fixtures", "scenarios", "lync-server-broken");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("fixtures/scenarios/lync-server-broken not found above " + AppContext.BaseDirectory);
    }
}
