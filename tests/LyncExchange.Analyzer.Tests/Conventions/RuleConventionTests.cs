using System.Reflection;
using LyncExchange.Analyzer.Rules;
using LyncExchange.Analyzer.Rules.Input;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Conventions;

/// <summary>Every rule in the catalog has its doc page, its ledger line and its test class; the generator cannot check those.</summary>
public sealed class RuleConventionTests
{
    private static readonly string[] RequiredHeadings = ["## Cause", "## Rule description", "## How to fix", "## When to suppress", "## Example", "## References"];

    public static TheoryData<string> RuleIds() => [.. RuleCatalog.Descriptors.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_HasADocPageWithTheRequiredHeadings(string id)
    {
        var page = RuleDocumentation.Get(id);

        Assert.NotNull(page);
        var descriptor = RuleCatalog.Find(id)!;
        Assert.StartsWith($"# {id}: {descriptor.Title}\n", page);
        foreach (var heading in RequiredHeadings)
        {
            Assert.Contains("\n" + heading + "\n", page);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_HasALedgerLine(string id)
    {
        var ledger = RuleDocumentation.ReleaseLedger("AnalyzerReleases.Unshipped.md") + RuleDocumentation.ReleaseLedger("AnalyzerReleases.Shipped.md");
        var rule = RuleCatalog.CreateRules().Single(r => r.Descriptor.Id == id);

        Assert.Contains($"{id} | {rule.Descriptor.Category} | {rule.Descriptor.DefaultSeverity} | {rule.GetType().Name}", ledger);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_HasATestClassAndAnAbsoluteHelpUri(string id)
    {
        var rule = RuleCatalog.CreateRules().Single(r => r.Descriptor.Id == id);
        var testName = rule.GetType().Name + "Tests";

        Assert.Contains(typeof(RuleConventionTests).Assembly.GetTypes(), t => t.Name == testName);
        Assert.True(Uri.TryCreate(rule.Descriptor.HelpUri, UriKind.Absolute, out _), rule.Descriptor.HelpUri);
        Assert.StartsWith(id, rule.GetType().Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_IsSortedByIdAndEveryDocPageBelongsToARule()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids, RuleDocumentation.DocumentedIds);
    }

    [Fact]
    public void RuleInputs_NameOnlyRulesInTheCatalog()
    {
        Assert.All(RuleInputs.AllRuleIds, id => Assert.NotNull(RuleCatalog.Find(id)));
    }

    [Fact]
    public void Rules_NeverReadRawText()
    {
        // Layering: rules see only the typed model (DESIGN §1); a Formats or Dumps dependency in Rules/ is a bug.
        var rulesFolder = Path.Combine(Repository.Root, "src", "LyncExchange.Analyzer", "Rules");
        var offenders = Directory.EnumerateFiles(rulesFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadLines(f).Any(l => l.StartsWith("using LyncExchange.Analyzer.Formats", StringComparison.Ordinal) || l.StartsWith("using LyncExchange.Analyzer.Dumps", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(Repository.Root, f))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void DeploymentModel_NeverDependsOnRules()
    {
        // Data flows one way (DESIGN §1): the model and the scenario inference are built before any rule runs.
        var folder = Path.Combine(Repository.Root, "src", "LyncExchange.Analyzer", "Deployment");
        var offenders = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("LyncExchange.Analyzer.Rules", StringComparison.Ordinal) || File.ReadAllText(f).Contains(" Rules.", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repository.Root, f))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Startup_UsesNoReflectionScanning()
    {
        // The catalog and the registry are generated arrays; nothing in the engine enumerates its own types.
        var engine = Path.Combine(Repository.Root, "src", "LyncExchange.Analyzer");
        var offenders = Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains(".GetTypes()", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(offenders);
    }
}
