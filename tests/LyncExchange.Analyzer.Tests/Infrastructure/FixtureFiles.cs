using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;

namespace LyncExchange.Analyzer.Tests.Infrastructure;

/// <summary>Reads a committed fixture file with a reader, as the engine would (relative path = the fixture's name).</summary>
public static class FixtureFiles
{
    public static string PowerShell(string format, string file) => Repository.Fixture("formats", "powershell", format, file);

    public static (IReadOnlyList<DumpObject> Objects, IReadOnlyList<InputDiagnostic> Diagnostics) Read(IDumpReader reader, string fullPath, ReaderContext? context = null)
    {
        var bag = new InputDiagnosticBag();
        var entry = DumpEntry.FromBytes(Path.GetFileName(fullPath), File.ReadAllBytes(fullPath));
        var objects = reader.Read(entry, context ?? ReaderContext.ForTests(bag)).ToList();
        return (objects, bag.ToList());
    }

    public static IEnumerable<string> Cmdlets() =>
        Directory.EnumerateFiles(Repository.Fixture("formats", "powershell", "clixml"), "*.xml")
            .Select(Path.GetFileNameWithoutExtension)
            .Select(n => n!)
            .Order(StringComparer.Ordinal);
}
