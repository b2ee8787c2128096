using System.Text.Json;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Collector;

/// <summary>
/// The whole chain: the analyzer over each collector-made corpus (fixtures/scenarios/&lt;scenario&gt;) finds exactly the
/// warnings and errors its expected.json lists, each on the object it names, plus the listed infos.
/// </summary>
public sealed class ScenarioExpectationTests
{
    [Theory]
    [InlineData("lync-server-healthy")]
    [InlineData("lync-server-broken")]
    [InlineData("lync-online-healthy")]
    [InlineData("lync-online-broken")]
    [InlineData("hybrid-healthy")]
    [InlineData("hybrid-broken")]
    [InlineData("exchange-online-mailboxes-healthy")]
    [InlineData("exchange-online-mailboxes-broken")]
    public void Analyze_ScenarioCorpus_FindsExactlyTheExpectedFindings(string scenario)
    {
        var folder = Repository.Fixture("scenarios", scenario);
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json"))).RootElement;
        var result = AnalyzeCollectorOutput(folder);

        var findings = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        var expectedIds = expected.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).Distinct().Order(StringComparer.Ordinal);
        Assert.True(
            expectedIds.SequenceEqual(findings.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal)),
            $"{scenario}: expected [{string.Join(", ", expectedIds)}] but the analyzer reported:\n{string.Join("\n", findings.Select(d => $"{d.Severity} {d.Id} {d.LogicalLocation}: {d.Message}"))}");
        foreach (var finding in expected.GetProperty("findings").EnumerateArray())
        {
            var id = finding.GetProperty("id").GetString()!;
            var subject = finding.GetProperty("object").GetString()!;
            Assert.True(
                findings.Any(d => d.Id == id && ((d.LogicalLocation ?? string.Empty) + " " + d.Message).Contains(subject, StringComparison.OrdinalIgnoreCase)),
                $"{scenario}: no {id} about '{subject}'");
        }

        foreach (var info in expected.GetProperty("info").EnumerateArray())
        {
            var id = info.GetProperty("id").GetString()!;
            var text = info.GetProperty("messageContains").GetString()!;
            Assert.True(result.Diagnostics.Any(d => d.Id == id && d.Message.Contains(text, StringComparison.Ordinal)), $"{scenario}: no {id} containing '{text}'");
        }

        Assert.Equal(expected.GetProperty("scenario").GetString(), result.Deployment.Scenario.Scenario.ToString());
    }

    [Fact]
    public void ExpectedFiles_EveryScenarioHasBothAndTheyAgree()
    {
        foreach (var scenario in CollectorScenarioRunTests.ScenarioNames())
        {
            var folder = Repository.Fixture("scenarios", scenario);
            var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json"))).RootElement;
            var markdown = File.ReadAllText(Path.Combine(folder, "EXPECTED.md"));

            Assert.All(expected.GetProperty("findings").EnumerateArray(), f => Assert.Contains($"| {f.GetProperty("id").GetString()} |", markdown));
            if (scenario.EndsWith("-healthy", StringComparison.Ordinal))
            {
                Assert.Equal(0, expected.GetProperty("findings").GetArrayLength());
            }
            else
            {
                Assert.True(expected.GetProperty("findings").GetArrayLength() >= 4, $"{scenario} should plant several distinct defects");
            }
        }
    }

    /// <summary>The corpus folder minus the hand-written EXPECTED.md / expected.json, i.e. exactly what a customer sends.</summary>
    private static AnalysisResult AnalyzeCollectorOutput(string folder)
    {
        var copy = Path.Combine(Path.GetTempPath(), "lxa-tests", $"scenario-{Guid.NewGuid():N}");
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(folder, file);
                if (relative is "EXPECTED.md" or "expected.json")
                {
                    continue;
                }

                var target = Path.Combine(copy, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            return AnalysisEngine.Run(new AnalysisOptions { Paths = [copy] });
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
