using LyncExchange.Analyzer.Fuzz;
using SharpFuzz;

// afl++ entry point (see fuzz.sh): `LyncExchange.Analyzer.Fuzz <target>` reads afl's inputs in a persistent loop;
// `LyncExchange.Analyzer.Fuzz <target> <file>...` replays saved inputs (crashes, the queue) without afl.
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine("usage: LyncExchange.Analyzer.Fuzz <" + string.Join('|', FuzzTargets.All.Keys) + "> [input files to replay]");
    return 2;
}

if (args.Length > 1)
{
    var failed = 0;
    foreach (var file in args.Skip(1))
    {
        try
        {
            FuzzTargets.Run(target.Format, target.EntryPath, File.ReadAllBytes(file));
        }
        catch (Exception ex)
        {
            failed++;
            Console.Error.WriteLine($"{file}: {ex}");
        }
    }

    Console.WriteLine($"{args.Length - 1 - failed} passed, {failed} failed");
    return failed == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.Run(target.Format, target.EntryPath, buffer.ToArray());
});
return 0;
