using System.Text.Json;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.EndToEnd;

/// <summary>
/// The same deployment, sent the way customers send it (5.1 Format-List at 80 columns, lists cut at 4, UTF-16, no
/// Clixml, no manifest), must give the lossless corpus's findings. What may differ, and why, is listed per case:
/// a cut list becomes LXA0901 instead of a verdict; without the manifest the certificate dates are judged against the
/// analysis time (the corpus was collected in 2014), and a cmdlet that "returned nothing" is now "not collected".
/// </summary>
public sealed class CustomerShapedDumpTests
{
    [Theory]
    [InlineData("lync-server-broken", new[] { "LXA0901", "LXA0305", "LXA0507" }, new string[0])]
    [InlineData("hybrid-broken", new[] { "LXA0901", "LXA0305", "LXA0506", "LXA0507" }, new[] { "LXA0604" })]
    public void Analyze_CustomerShapedCopy_FindsTheCorpusDefects(string scenario, string[] onlyInCustomerShape, string[] onlyWithTheManifest)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Repository.Fixture("scenarios", scenario, "expected.json"))).RootElement
            .GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);

        var result = AnalysisEngine.Run(new AnalysisOptions { Paths = [Repository.Fixture("customer-shaped", scenario)] });
        var found = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(
            expected.Except(onlyWithTheManifest).Union(onlyInCustomerShape).Order(StringComparer.Ordinal),
            found.Order(StringComparer.Ordinal));
        Assert.All(result.Files.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)), f => Assert.Equal("utf-16le-bom", f.Encoding));
        Assert.Contains(result.Diagnostics, d => d.Id == "LXA0901" && d.Message.Contains("'EmailAddresses'", StringComparison.Ordinal));
    }
}
