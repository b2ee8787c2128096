using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;

namespace LyncExchange.Analyzer.Tests.Infrastructure;

/// <summary>Runs a reader over an in-memory dump and returns its objects and diagnostics.</summary>
public static class DumpText
{
    public static (IReadOnlyList<DumpObject> Objects, IReadOnlyList<InputDiagnostic> Diagnostics) Read(IDumpReader reader, string path, byte[] bytes)
    {
        var bag = new InputDiagnosticBag();
        var objects = reader.Read(DumpEntry.FromBytes(path, bytes), ReaderContext.ForTests(bag)).ToList();
        return (objects, bag.ToList());
    }

    public static (IReadOnlyList<DumpObject> Objects, IReadOnlyList<InputDiagnostic> Diagnostics) Read(IDumpReader reader, string path, string text) =>
        Read(reader, path, new System.Text.UTF8Encoding(false).GetBytes(text));
}
