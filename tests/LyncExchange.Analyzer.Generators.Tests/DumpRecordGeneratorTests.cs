using LyncExchange.Analyzer.Generators.DumpRecords;

namespace LyncExchange.Analyzer.Generators.Tests;

public sealed class DumpRecordGeneratorTests
{
    private const string Record = """
        using LyncExchange.Analyzer.Model.Binding;
        namespace Sample;

        public enum ImType { None, Ocs }

        [DumpRecord("Get-Sample", TypeNames = ["Sample.Type"], OtherProperties = ["Noise"])]
        public sealed partial record SampleRecord
        {
            public string? Identity { get; init; }
            [DumpProperty("InstantMessagingType", Aliases = ["ImType"])]
            public ImType? Type { get; init; }
            public bool Enabled { get; init; }
            public ValueList<string> Methods { get; init; }
            public System.Uri? Url { get; init; }
            public string Computed => Identity ?? "";
        }
        """;

    [Fact]
    public void Generate_Record_EmitsBinderAndRegistry()
    {
        var (result, errors) = GeneratorHarness.Run(new DumpRecordGenerator(), Record);

        Assert.Empty(errors);
        Assert.Empty(result.Diagnostics);
        Approvals.Verify(GeneratorHarness.Print(result), "cs");
    }

    [Fact]
    public void Generate_RecordNotPartial_ReportsLxg0001()
    {
        var (result, _) = GeneratorHarness.Run(new DumpRecordGenerator(), """
            using LyncExchange.Analyzer.Model.Binding;
            [DumpRecord("Get-X")]
            public sealed record NotPartial { public string? Identity { get; init; } }
            """);

        Assert.Equal("LXG0001", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Generate_UnsupportedPropertyType_ReportsLxg0002()
    {
        var (result, _) = GeneratorHarness.Run(new DumpRecordGenerator(), """
            using LyncExchange.Analyzer.Model.Binding;
            [DumpRecord("Get-X")]
            public sealed partial record WithDictionary { public System.Collections.Generic.Dictionary<string, int>? Map { get; init; } }
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LXG0002", diagnostic.Id);
        Assert.Contains("Map", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
