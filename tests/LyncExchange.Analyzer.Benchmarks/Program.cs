using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using LyncExchange.Analyzer.Benchmarks;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.Ldif;
using LyncExchange.Analyzer.Model.Directory;

// `generate KIND MB PATH`: writes a deterministic input (ldif, zone, fl-utf8, fl-utf16) for run.sh.
if (args.Length == 4 && args[0] == "generate")
{
    var bytes = long.Parse(args[2], CultureInfo.InvariantCulture) * 1024 * 1024;
    var target = args[3];
    long count;
    switch (args[1])
    {
        case "ldif":
            count = LdifExportGenerator.Write(target, bytes);
            break;
        case "zone":
            using (var zone = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            {
                count = LyncExchange.Analyzer.Tests.Formats.DnsZone.Generated.LargeZoneGenerator.Write(zone, bytes);
            }

            break;
        case "fl-utf8" or "fl-utf16":
            count = FormatListGenerator.Write(target, bytes, utf16: args[1] == "fl-utf16");
            break;
        default:
            Console.Error.WriteLine("generate: KIND is ldif, zone, fl-utf8 or fl-utf16");
            return 2;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target}: {new FileInfo(target).Length:N0} bytes, {count:N0} records"));
    return 0;
}

if (args is ["ldif-read", var ldifPath, ..]) { return LdifReadCommand.Run(ldifPath, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3); }

if (args.Length > 0 && args[0] == "measure-zone") return ZoneMeasure.Run(args);

if (args is ["measure-fl", var flPath, ..]) return LyncExchange.Analyzer.Benchmarks.FormatListMeasure.Run(flPath, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);

if (args.Length == 2 && args[0] == "measure-users")
{
    return UsersMeasure.Run(args[1]);
}

// `measure [MB]`: one timed pass over a generated export (MB/s and peak working set), no BenchmarkDotNet harness.
// Anything else goes to BenchmarkDotNet (e.g. `--filter *Ldif*`).
if (args.Length > 0 && args[0] == "measure")
{
    var megabytes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
    var path = Path.Combine(Path.GetTempPath(), $"lxa-measure-{megabytes}mb.ldf");
    var users = LdifExportGenerator.Write(path, megabytes * 1024L * 1024);
    var size = new FileInfo(path).Length;
    var syntax = Stopwatch.StartNew();
    using (var raw = File.OpenRead(path))
    {
        var records = LdifReader.Read(raw, "measure.ldf", new InputDiagnosticBag(), ReaderLimits.Default).Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"syntax only (LdifReader): {records:N0} records in {syntax.Elapsed.TotalSeconds:F2} s = {size / 1048576.0 / syntax.Elapsed.TotalSeconds:F1} MB/s"));
    }

    GC.Collect();
    var before = Process.GetCurrentProcess().PeakWorkingSet64;
    var clock = Stopwatch.StartNew();
    var bag = new InputDiagnosticBag();
    IReadOnlyList<DirectoryObject> objects;
    using (var stream = File.OpenRead(path))
    {
        objects = new LdifRecordReader().ReadObjects(stream, "measure.ldf", ReaderContext.ForTests(bag));
    }

    var readSeconds = clock.Elapsed.TotalSeconds;
    var index = DirectoryIndex.Build(objects);
    var totalSeconds = clock.Elapsed.TotalSeconds;
    var process = Process.GetCurrentProcess();
    process.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file: {size / 1048576.0:F1} MB, {users:N0} users generated, {objects.Count:N0} objects read, {bag.ToList().Count} diagnostics"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reader: {readSeconds:F2} s = {size / 1048576.0 / readSeconds:F1} MB/s; reader + index: {totalSeconds:F2} s = {size / 1048576.0 / totalSeconds:F1} MB/s"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index: {index.BySip.Count:N0} SIP, {index.ByProxyAddress.Count:N0} proxies, {index.ByDistinguishedName.Count:N0} DNs, {index.ByProxyAddress.DuplicateKeys.Count} duplicate proxies"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {process.PeakWorkingSet64 / 1048576.0:F0} MB (before reading: {before / 1048576.0:F0} MB); retained after a full GC: {GC.GetTotalMemory(true) / 1048576.0:F0} MB = {GC.GetTotalMemory(true) / (double)Math.Max(1, objects.Count):F0} bytes per object with its index share"));
    if (Environment.GetEnvironmentVariable("LXA_MEASURE_PAUSE") is not null)
    {
        // Keeps the heap alive for `dotnet-gcdump collect -p PID` (where the retained bytes are).
        Console.WriteLine($"pid {Environment.ProcessId}: press Enter to exit");
        Console.ReadLine();
    }

    GC.KeepAlive(index);
    File.Delete(path);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(LdifReaderBenchmarks).Assembly).Run(args);
return 0;
