using System.Diagnostics;
using System.Globalization;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.DnsZone;
using LyncExchange.Analyzer.Tests.Formats.DnsZone.Generated;
using Xunit.Abstractions;

namespace LyncExchange.Analyzer.Tests.Formats.DnsZone;

/// <summary>
/// The generated large zone reads completely, record by record. The throughput measurement runs only when
/// <c>LXA_DNS_BENCHMARK_MB</c> is set (e.g. 100): it is a measurement, not a CI check.
/// </summary>
public sealed class LargeZoneTests(ITestOutputHelper output)
{
    [Fact]
    public void Read_GeneratedZone_ReadsEveryRecordWithoutDiagnostics()
    {
        using var buffer = new MemoryStream();
        var written = LargeZoneGenerator.Write(buffer, 2 * 1024 * 1024);
        var bytes = buffer.ToArray();
        var bag = new InputDiagnosticBag();

        var count = new ZoneFileReader().Read(DumpEntry.FromBytes("big.example.zone", bytes), ReaderContext.ForTests(bag)).LongCount();

        Assert.Empty(bag.ToList());
        Assert.Equal(written, count);
    }

    [Fact]
    public void Read_GeneratedZone_IsDeterministic()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        LargeZoneGenerator.Write(first, 100_000);
        LargeZoneGenerator.Write(second, 100_000);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Measure_ReadingALargeZone_ReportsThroughputAndPeakWorkingSet()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("LXA_DNS_BENCHMARK_MB"), NumberStyles.None, CultureInfo.InvariantCulture, out var megabytes))
        {
            return; // opt-in measurement
        }

        var path = Path.Combine(Path.GetTempPath(), $"lxa-big-{megabytes}mb.zone");
        long written;
        using (var file = File.Create(path))
        {
            written = LargeZoneGenerator.Write(file, megabytes * 1024L * 1024L);
        }

        try
        {
            var length = new FileInfo(path).Length;
            var entry = new DumpEntry(Path.GetFileName(path), length, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan));
            var bag = new InputDiagnosticBag();
            GC.Collect();
            var before = Process.GetCurrentProcess().WorkingSet64;
            var stopwatch = Stopwatch.StartNew();
            var count = new ZoneFileReader().Read(entry, ReaderContext.ForTests(bag)).LongCount();
            stopwatch.Stop();
            var process = Process.GetCurrentProcess();
            process.Refresh();

            Assert.Empty(bag.ToList());
            Assert.Equal(written, count);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{length / 1048576.0:0.0} MB, {count:N0} records in {stopwatch.Elapsed.TotalSeconds:0.00} s = {length / 1048576.0 / stopwatch.Elapsed.TotalSeconds:0.0} MB/s; working set before {before / 1048576.0:0} MB, peak {process.PeakWorkingSet64 / 1048576.0:0} MB"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
