using System.Text.RegularExpressions;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Collector;

/// <summary>The collector's ldifde -l list is the analyzer's directory model, not typed twice.</summary>
public sealed partial class CollectorAttributeListTests
{
    private const string ModelFile = "src/LyncExchange.Analyzer/Model/Directory/DirectoryAttributeNames.cs";

    [Fact]
    public void CollectorScript_ListsDirectoryAttributesExactlyOnce()
    {
        var script = File.ReadAllText(Path.Combine(Repository.Root, "src", "LyncExchange.Analyzer.Cli", "Collector", "Collect-LyncExchangeDump.ps1"));

        Assert.Single(DirectoryAttributesAssignment().Matches(script));
        Assert.Contains("msRTCSIP-PrimaryUserAddress", ScriptAttributes(script));
    }

    [DirectoryModelFact]
    public void CollectorAttributes_EqualDirectoryModelAttributes()
    {
        var script = File.ReadAllText(Path.Combine(Repository.Root, "src", "LyncExchange.Analyzer.Cli", "Collector", "Collect-LyncExchangeDump.ps1"));
        var namesType = typeof(LyncExchange.Analyzer.Analysis.AnalysisEngine).Assembly.GetType("LyncExchange.Analyzer.Model.Directory.DirectoryAttributeNames", throwOnError: true)!;
        var enumType = typeof(LyncExchange.Analyzer.Analysis.AnalysisEngine).Assembly.GetType("LyncExchange.Analyzer.Model.Directory.DirectoryAttribute", throwOnError: true)!;
        var nameOf = namesType.GetMethod("NameOf")!;
        var model = Enum.GetValues(enumType).Cast<object>().Select(v => (string)nameOf.Invoke(null, [v])!)
            .Where(n => !n.Equals("dn", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.OrdinalIgnoreCase);

        Assert.Equal(model, ScriptAttributes(script).Order(StringComparer.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> ScriptAttributes(string script)
    {
        var body = DirectoryAttributesAssignment().Match(script).Groups["body"].Value;
        return QuotedName().Matches(body).Select(m => m.Groups[1].Value);
    }

    [GeneratedRegex(@"^\$DirectoryAttributes = @\((?<body>[^)]*)\)", RegexOptions.Multiline)]
    private static partial Regex DirectoryAttributesAssignment();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedName();

    /// <summary>Skipped until the LDIF branch's directory model is on this branch.</summary>
    public sealed class DirectoryModelFactAttribute : FactAttribute
    {
        public DirectoryModelFactAttribute()
        {
            if (!File.Exists(Path.Combine(Repository.Root, ModelFile)))
            {
                Skip = $"{ModelFile} is not on this branch yet (branch 'ldif'); the collector's list cannot be compared with it";
            }
        }
    }
}
