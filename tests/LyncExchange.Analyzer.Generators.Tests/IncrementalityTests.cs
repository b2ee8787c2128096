using LyncExchange.Analyzer.Generators.Catalogs;
using LyncExchange.Analyzer.Generators.DumpRecords;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LyncExchange.Analyzer.Generators.Tests;

/// <summary>An edit that does not touch a marked type must leave its spec step cached, or every keystroke regenerates every binder.</summary>
public sealed class IncrementalityTests
{
    private const string Record = """
        using LyncExchange.Analyzer.Model.Binding;
        namespace Sample;
        [DumpRecord("Get-Sample")]
        public sealed partial record SampleRecord { public string? Identity { get; init; } public bool? Enabled { get; init; } }
        """;

    private const string RuleSource = """
        using LyncExchange.Analyzer.Diagnostics;
        using LyncExchange.Analyzer.Rules;
        namespace Sample;
        [Rule("LXA0301", RuleCategory.ExchangeOwa, DiagnosticSeverity.Error, Title = "T", Message = "M")]
        internal sealed partial class LXA0301Sample : Rule { public override void Analyze(RuleContext context) { } }
        """;

    [Theory]
    [InlineData("records")]
    [InlineData("rules")]
    public void Run_UnrelatedEdit_LeavesSpecStepCached(string which)
    {
        IIncrementalGenerator generator = which == "records" ? new DumpRecordGenerator() : new CatalogGenerator();
        var step = which == "records" ? StepNames.DumpRecordSpec : StepNames.RuleSpec;
        var source = which == "records" ? Record : RuleSource;
        var compilation = GeneratorHarness.Compile(source, "namespace Sample; public static class Unrelated { public const int Value = 1; }");
        var driver = GeneratorHarness.CreateDriver(generator).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText("namespace Sample; public static class Unrelated { public const int Value = 2; }", new CSharpParseOptions(LanguageVersion.Preview), path: "Input.cs"));
        driver = driver.RunGenerators(edited);

        var outputs = driver.GetRunResult().Results.Single().TrackedSteps[step]
            .SelectMany(s => s.Outputs)
            .Select(o => o.Reason)
            .ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
    }

    [Fact]
    public void Run_EditOfTheRecord_RegeneratesIt()
    {
        var compilation = GeneratorHarness.Compile(Record);
        var driver = GeneratorHarness.CreateDriver(new DumpRecordGenerator()).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(Record.Replace("public bool? Enabled", "public bool? Active"), new CSharpParseOptions(LanguageVersion.Preview), path: "Input.cs"));
        driver = driver.RunGenerators(edited);

        var reasons = driver.GetRunResult().Results.Single().TrackedSteps[StepNames.DumpRecordSpec].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
    }
}
