using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Fuzzing;

/// <summary>One reader under fuzz: how to run it over bytes, and the committed files its mutations start from.</summary>
public sealed record FuzzTarget(string Name, DumpFormat Format, string EntryPath, IReadOnlyList<string> SeedFiles)
{
    /// <summary>Seed files above this size slow every mutation down and find nothing a small one would not.</summary>
    private const long MaxSeedBytes = 64 * 1024;

    public static string SeedFolder => Path.Combine(Repository.Root, "tests", "LyncExchange.Analyzer.Tests", "Fuzzing", "Seeds");

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("format-list", DumpFormat.FormatList, "Get-OwaVirtualDirectory.txt", Files(Repository.Fixture("formats", "powershell", "fl"), "*.txt").Concat(Files(Repository.Fixture("formats", "powershell", "fl-utf16"), "*.txt").Take(3)).ToList()),
        new("format-table", DumpFormat.FormatTable, "Get-CsPool.txt", Files(Repository.Fixture("formats", "powershell", "ft"), "*.txt")),
        new("transcript", DumpFormat.Transcript, "transcript.txt", Files(Repository.Fixture("formats", "powershell", "transcript"), "*.txt")),
        new("clixml", DumpFormat.Clixml, "Get-OwaVirtualDirectory.xml", Files(Repository.Fixture("formats", "powershell", "clixml"), "*.xml")),
        new("json", DumpFormat.Json, "Get-OwaVirtualDirectory.json", Files(Repository.Fixture("formats", "powershell", "json"), "*.json")),
        new("csv", DumpFormat.Csv, "Get-OwaVirtualDirectory.csv", Files(Repository.Fixture("formats", "powershell", "csv"), "*.csv")),
        new("ldif", DumpFormat.Ldif, "directory.ldf", Files(Repository.Fixture("ldif"), "*.ld*")),
        new("zone", DumpFormat.DnsZone, "contoso.com.zone", Files(Repository.Fixture("dns"), "*.zone").Concat(Files(Repository.Fixture("dns"), "*.dns")).Concat(Files(Repository.Fixture("dns"), "db.*")).ToList()),
        new("web.config", DumpFormat.WebConfig, "web.config", Files(SeedFolder, "*.config")),
        new("reg", DumpFormat.Registry, "owa-im.reg", Files(SeedFolder, "*.reg")),
    ];

    public static FuzzTarget Named(string name) => All.Single(t => t.Name == name);

    public IReadOnlyList<byte[]> LoadSeeds() => [.. SeedFiles.Select(File.ReadAllBytes)];

    /// <summary>Reads <paramref name="bytes"/> to the end, as the engine would, and returns what was reported.</summary>
    public (int Count, IReadOnlyList<InputDiagnostic> Diagnostics) Run(byte[] bytes, ReaderLimits? limits = null)
    {
        var bag = new InputDiagnosticBag();
        var context = new ReaderContext(bag, System.Globalization.CultureInfo.GetCultureInfo("en-US"), limits ?? ReaderLimits.Default);
        var entry = DumpEntry.FromBytes(EntryPath, bytes);
        var count = ReaderRegistry.RecordReaderFor(Format) is { } records
            ? records.ReadRecords(entry, context).Count()
            : ReaderRegistry.For(Format)!.Read(entry, context).Count();
        return (count, bag.ToList());
    }

    public override string ToString() => Name;

    private static List<string> Files(string folder, string pattern) =>
        [.. Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length <= MaxSeedBytes)
            .Order(StringComparer.Ordinal)];
}
