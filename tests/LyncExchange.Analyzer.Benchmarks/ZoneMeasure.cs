using System.Diagnostics;
using System.Globalization;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.DnsZone;
using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Benchmarks;

/// <summary>
/// <c>measure-zone FILE [general]</c>: one pass of the zone reader over a file, then the resolver's build and its first
/// existence question, each with wall and CPU time (CPU time is what to compare on a shared machine), and the bytes each
/// kept record costs after a full collection.
/// </summary>
internal static class ZoneMeasure
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("measure-zone FILE [general]");
            return 2;
        }

        var path = args[1];
        var reader = new ZoneFileReader(simpleLines: !(args.Length > 2 && args[2] == "general"));
        var size = new FileInfo(path).Length;
        var baseline = GC.GetTotalMemory(true);
        var entry = new DumpEntry(Path.GetFileName(path), size, () => File.OpenRead(path));
        // No record limit: a 1 GB zone holds more records than the analyzer's default per-file bound, and the point here is
        // the reader's own cost over the whole file.
        var context = new ReaderContext(new InputDiagnosticBag(), CultureInfo.InvariantCulture, ReaderLimits.Default with { MaxObjectsPerFile = int.MaxValue });
        ZoneReadState? state = null;
        var records = Timed("reader", size, () => reader.Read(entry, context, out state).ToList());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fast path answered {state!.FastRecords:N0} of {records.Count:N0} records ({state.FastRecordsOverLines:N0} written over lines)"));
        var zones = Timed("DnsZoneSet.Build", size, () => DnsZoneSet.Build(records));
        var origin = zones.Zones[0].Origin;
        Timed("first missing name", size, () => zones.Lookup(origin.Prepend("_sip._tls") ?? origin, DnsRecordType.SRV).Status);
        var retained = GC.GetTotalMemory(true) - baseline;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{records.Count:N0} records; retained {retained / 1048576.0:F0} MB = {retained / (double)Math.Max(1, records.Count):F0} bytes per record (records, zone index and existence index); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
        GC.KeepAlive(zones);
        return 0;
    }

    private static T Timed<T>(string what, long size, Func<T> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        var result = work();
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-20} wall {wall,6:F2} s ({size / 1048576.0 / wall,6:F1} MB/s)  cpu {cpuSeconds,6:F2} s ({size / 1048576.0 / cpuSeconds,6:F1} MB/s)  GC paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F2} s in {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3} gen0/1/2"));
        return result;
    }
}
