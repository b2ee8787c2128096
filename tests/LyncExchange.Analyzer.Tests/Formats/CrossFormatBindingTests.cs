using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats;

/// <summary>
/// Issue #3: the same objects, dumped by the real pwsh formatter as Format-List (wide, nothing truncated), Export-Clixml
/// and ConvertTo-Json, bind to identical records, for every modelled cmdlet. Provenance (file, locations) differs by
/// design and is compared separately; every bound value must match.
/// </summary>
public sealed class CrossFormatBindingTests
{
    public static TheoryData<string, string> CmdletsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Repository.Fixture("formats", "powershell", "fl-wide"), "*.txt").Order(StringComparer.Ordinal))
        {
            var cmdlet = Path.GetFileNameWithoutExtension(file);
            data.Add(cmdlet, "clixml");
            data.Add(cmdlet, "json");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CmdletsAndFormats))]
    public void Bind_FormatListAndSerializedDump_GiveTheSameRecords(string cmdlet, string format)
    {
        var text = Bind(Path.Combine("fl-wide", cmdlet + ".txt"));
        var serialized = Bind(format == "clixml" ? Path.Combine("clixml", cmdlet + ".xml") : Path.Combine("json", cmdlet + ".json"));

        Assert.NotEmpty(text);
        Assert.Equal(text.Count, serialized.Count);
        for (var i = 0; i < text.Count; i++)
        {
            Assert.Equal(text[i].GetType(), serialized[i].GetType());
            var differences = RecordValues.Differences(text[i], serialized[i]);
            Assert.True(differences.Count == 0, $"{cmdlet} object {i} differs between Format-List and {format}:\n  " + string.Join("\n  ", differences));
        }
    }

    private static List<IDumpRecord> Bind(string relative)
    {
        using var set = new DumpSetBuilder();
        var source = Repository.Fixture("formats", "powershell", relative);
        set.Add(Path.GetFileName(source), File.ReadAllBytes(source));
        return [.. set.Analyze().Deployment.Records];
    }
}
