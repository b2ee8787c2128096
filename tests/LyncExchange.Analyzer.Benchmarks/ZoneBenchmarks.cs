using BenchmarkDotNet.Attributes;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.DnsZone;
using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Benchmarks;

/// <summary>
/// The zone path of issue #9 on a generated 5 MB zone: the reader with and without the simple-line fast path, the
/// resolver's build, and the first existence question (NXDOMAIN versus NODATA), which builds the ancestor index.
/// </summary>
[MemoryDiagnoser]
public class ZoneBenchmarks
{
    private const long Size = 5L * 1024 * 1024;
    private static readonly DnsName Missing = DnsName.FromHost("_sip._tls.big.example");

    private byte[] _zone = [];
    private List<ResourceRecord> _records = [];

    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        LyncExchange.Analyzer.Tests.Formats.DnsZone.Generated.LargeZoneGenerator.Write(stream, Size);
        _zone = stream.ToArray();
        _records = [.. Read(new ZoneFileReader())];
    }

    [Benchmark(Baseline = true)]
    public int ReaderGeneralPath() => Read(new ZoneFileReader(simpleLines: false)).Count();

    [Benchmark]
    public int ReaderFastPath() => Read(new ZoneFileReader()).Count();

    [Benchmark]
    public int ZoneSetBuild() => DnsZoneSet.Build(_records).Zones.Length;

    [Benchmark]
    public DnsLookupStatus ZoneSetBuildAndFirstMissingName() => DnsZoneSet.Build(_records).Lookup(Missing, DnsRecordType.SRV).Status;

    private IEnumerable<ResourceRecord> Read(ZoneFileReader reader) =>
        reader.Read(DumpEntry.FromBytes("big.example.dns", _zone), ReaderContext.ForTests(new InputDiagnosticBag()));
}
