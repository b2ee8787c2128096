using LyncExchange.Analyzer.Generators.Catalogs;

namespace LyncExchange.Analyzer.Generators.Tests;

public sealed class CatalogGeneratorTests
{
    private static string RuleClass(string id, string name, string category = "ExchangeOwa") => $$"""
        using LyncExchange.Analyzer.Diagnostics;
        using LyncExchange.Analyzer.Rules;
        namespace Sample;

        [Rule("{{id}}", RuleCategory.{{category}}, DiagnosticSeverity.Error, Title = "T {{id}}", Message = "M {0}", HelpUri = "https://support.microsoft.com/help/2614242", Tags = ["KB2614242"])]
        internal sealed partial class {{name}} : Rule
        {
            public override void Analyze(RuleContext context) { }
        }
        """;

    [Fact]
    public void Generate_Rules_EmitsDescriptorsAndCatalogSortedById()
    {
        var (result, errors) = GeneratorHarness.Run(
            new CatalogGenerator(),
            RuleClass("LXA0302", "LXA0302Second"),
            RuleClass("LXA0301", "LXA0301First").Replace("namespace Sample;", "namespace Sample.Other;"));

        Assert.Empty(errors);
        Assert.Empty(result.Diagnostics);
        Approvals.Verify(GeneratorHarness.Print(result), "cs");
    }

    [Fact]
    public void Generate_DuplicateId_ReportsLxg0003()
    {
        var (result, _) = GeneratorHarness.Run(
            new CatalogGenerator(),
            RuleClass("LXA0301", "LXA0301One"),
            RuleClass("LXA0301", "LXA0301Two").Replace("namespace Sample;", "namespace Sample.Other;"));

        Assert.Equal("LXG0003", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Generate_IdOutsideCategoryRange_ReportsLxg0004()
    {
        var (result, _) = GeneratorHarness.Run(new CatalogGenerator(), RuleClass("LXA0101", "LXA0101Misplaced", "ExchangeOwa"));

        Assert.Equal("LXG0004", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Generate_ClassNameWithoutId_ReportsLxg0005()
    {
        var (result, _) = GeneratorHarness.Run(new CatalogGenerator(), RuleClass("LXA0301", "OwaRule"));

        Assert.Equal("LXG0005", Assert.Single(result.Diagnostics).Id);
    }
}
