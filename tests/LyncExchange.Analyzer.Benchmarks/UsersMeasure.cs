using System.Diagnostics;
using System.Globalization;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.Ldif;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Directory;

namespace LyncExchange.Analyzer.Benchmarks;

/// <summary>
/// <c>measure-users FILE.ldf</c>: what the user rules retain, per user, after a full GC: the typed directory objects
/// alone, then with the merged user view (<see cref="UsersIndex"/>) built on top, and how long that build takes.
/// Whole-process peak RSS is measured with <c>/usr/bin/time</c> around <c>lxa analyze</c>; this isolates the model.
/// </summary>
internal static class UsersMeasure
{
    public static int Run(string path)
    {
        var baseline = GC.GetTotalMemory(true);
        var clock = Stopwatch.StartNew();
        var bag = new InputDiagnosticBag();
        var objects = new LdifRecordReader().ReadObjects(DumpEntryOf(path), ReaderContext.ForTests(bag)).ToList();
        var readSeconds = clock.Elapsed.TotalSeconds;
        var afterRead = GC.GetTotalMemory(true);
        var deployment = new DeploymentModel(objects.Cast<IDumpRecord>(), []);
        objects = null;
        var afterModel = GC.GetTotalMemory(true);
        clock.Restart();
        var users = UsersIndex.Of(deployment);
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var afterUsers = GC.GetTotalMemory(true);
        var count = users.Users.Length;
        var perObject = (afterModel - baseline) / (double)Math.Max(1, deployment.Records.Length);
        var perUser = (afterUsers - afterModel) / (double)Math.Max(1, count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{deployment.Records.Length:N0} directory objects read in {readSeconds:F2} s; {count:N0} merged users built in {buildSeconds:F2} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retained: objects {(afterRead - baseline) / 1048576.0:F0} MB ({perObject:F0} B per object, with the deployment model); merged view +{(afterUsers - afterModel) / 1048576.0:F0} MB ({perUser:F0} B per user); total {(afterUsers - baseline) / (double)Math.Max(1, count):F0} B per user"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
        if (Environment.GetEnvironmentVariable("LXA_MEASURE_PAUSE") is not null)
        {
            Console.WriteLine($"pid {Environment.ProcessId}: press Enter to exit");
            Console.ReadLine();
        }

        GC.KeepAlive(users);
        GC.KeepAlive(deployment);
        return 0;
    }

    private static Dumps.DumpEntry DumpEntryOf(string path) =>
        new(Path.GetFileName(path), new FileInfo(path).Length, () => File.OpenRead(path));
}
