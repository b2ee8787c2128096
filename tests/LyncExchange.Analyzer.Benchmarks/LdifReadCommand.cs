using System.Diagnostics;
using System.Globalization;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.Ldif;
using LyncExchange.Analyzer.Model.Directory;

namespace LyncExchange.Analyzer.Benchmarks;

/// <summary>
/// <c>ldif-read FILE [RUNS]</c>: the typed LDIF reader alone over an existing export, as the engine drives it (objects
/// kept), reporting wall and CPU time, allocation and GC counts. CPU time and bytes allocated stay comparable when the
/// shared machine is loaded and wall time is not.
/// </summary>
internal static class LdifReadCommand
{
    public static int Run(string path, int runs)
    {
        using var sampler = Environment.GetEnvironmentVariable("LXA_SAMPLE_ALLOCATIONS") is null ? null : new AllocationSampler();
        var size = new FileInfo(path).Length;
        var entry = new DumpEntry(Path.GetFileName(path), size, () => File.OpenRead(path));
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var pauseBefore = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            var bag = new InputDiagnosticBag();
            var objects = new List<DirectoryObject>();
            foreach (var record in new LdifRecordReader().ReadRecords(entry, ReaderContext.ForTests(bag)))
            {
                objects.Add((DirectoryObject)record);
            }

            var wall = clock.Elapsed.TotalSeconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var megabytes = size / 1048576.0;
            var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
            var retained = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{objects.Count:N0} objects, {bag.ToList().Count} diagnostics: wall {wall:F2} s = {megabytes / wall:F0} MB/s, cpu {cpu:F2} s = {megabytes / cpu:F0} MB/s, allocated {allocated / 1048576.0:F0} MB, GCs {GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3} pausing {pause:F2} s, retained {retained:F0} MB"));
            var scan = Stopwatch.StartNew();
            var hasChanges = LdifRecordReader.HasChangeRecords(entry);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  of which the change-record pre-scan (again, alone): {scan.Elapsed.TotalSeconds:F3} s (found: {hasChanges})"));
            GC.KeepAlive(objects);
        }

        sampler?.Print(25);
        return 0;
    }
}
