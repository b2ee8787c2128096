using System.Text.Json;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Collector;

/// <summary>
/// The whole chain: the analyzer over each collector-made corpus (fixtures/scenarios/&lt;scenario&gt;) finds exactly the
/// warnings and errors its expected.json lists, each on the object it names, plus the listed infos. Cases are skipped
/// (never weakened) while the readers or rules they need are not on this branch; the reason names the branch.
/// </summary>
public sealed class ScenarioExpectationTests
{
    private const string NeedsDirectoryRules = "needs the directory rules (branch rules-users, not yet merged): ";

    [Theory]
    [InlineData("lync-server-healthy")]
    [InlineData("lync-server-broken", Skip = NeedsDirectoryRules + "LXA0201, LXA0205 (the other eight findings fire)")]
    [InlineData("lync-online-healthy")]
    [InlineData("lync-online-broken", Skip = NeedsDirectoryRules + "LXA0201, LXA0206 (LXA0102, LXA0105, LXA0308 fire)")]
    [InlineData("hybrid-healthy")]
    [InlineData("hybrid-broken", Skip = NeedsDirectoryRules + "LXA0202 (LXA0103, LXA0602, LXA0603, LXA0604, LXA0607 fire)")]
    [InlineData("exchange-online-mailboxes-healthy")]
    [InlineData("exchange-online-mailboxes-broken", Skip = NeedsDirectoryRules + "LXA0201, LXA0209 (LXA0106, LXA0603, LXA0605, LXA0606 fire)")]
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
