using System.Diagnostics;
using System.Globalization;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.FormatList;

namespace LyncExchange.Analyzer.Benchmarks;

/// <summary>
/// <c>measure-fl FILE [RUNS]</c>: the Format-List reader alone, then reader + cmdlet resolution + binding, over one file,
/// with CPU time (steadier than wall time on a shared machine), bytes allocated and GC counts per pass.
/// </summary>
internal static class FormatListMeasure
{
    public static int Run(string path, int runs)
    {
        var info = new FileInfo(path);
        var entry = new DumpEntry(info.Name, info.Length, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan));
        for (var run = 0; run < runs; run++)
        {
            Measure("reader", info.Length, () => new FormatListReader().Read(entry, ReaderContext.ForTests(new InputDiagnosticBag())).Count());
            Measure("reader+bind", info.Length, () =>
            {
                var bag = new InputDiagnosticBag();
                var records = new List<object>();
                var bind = new Model.Binding.BindContext(CultureInfo.GetCultureInfo("en-US"), bag);
                foreach (var dump in new FormatListReader().Read(entry, ReaderContext.ForTests(bag)))
                {
                    var (record, decidedBy) = CmdletResolver.Resolve(dump, entry);
                    if (record is not null)
                    {
                        records.Add(record.Bind(dump with { Cmdlet = record.CmdletNames.FirstOrDefault() ?? record.RecordName, CmdletDecidedBy = decidedBy }, bind));
                    }
                }

                return records.Count;
            });
        }

        return 0;
    }

    private static void Measure(string what, long bytes, Func<int> pass)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var count = pass();
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-12} {count,8:N0} objects  wall {wall,6:F2} s  cpu {cpuSeconds,6:F2} s = {bytes / 1048576.0 / cpuSeconds,6:F1} MB/cpu-s  alloc {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,7:F0} MB  gc {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} pause {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F2} s"));
    }
}
