using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.Ldif;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.Ldif;

/// <summary>Reads the fixtures of <c>fixtures/ldif</c> (made by its generate.py).</summary>
internal static class LdifFixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Repository.Fixture("ldif", name));

    public static (IReadOnlyList<LdifRecord> Records, IReadOnlyList<InputDiagnostic> Diagnostics) Records(byte[] bytes, string path = "test.ldf")
    {
        var bag = new InputDiagnosticBag();
        var records = LdifReader.Read(bytes, path, bag);
        return (records, bag.ToList());
    }

    public static (IReadOnlyList<DirectoryObject> Objects, IReadOnlyList<InputDiagnostic> Diagnostics) Objects(byte[] bytes, string path = "test.ldf")
    {
        var bag = new InputDiagnosticBag();
        var objects = new LdifRecordReader().ReadObjects(new MemoryStream(bytes), path, ReaderContext.ForTests(bag));
        return (objects, bag.ToList());
    }

    public static byte[] Utf8(string text) => new System.Text.UTF8Encoding(false).GetBytes(text);
}
