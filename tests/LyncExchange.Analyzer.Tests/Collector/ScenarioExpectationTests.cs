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
    private const string NeedsReaders =
        "needs branches psreaders (web.config/.reg readers), ldif (LDIF reader) and dns (zone reader) merged: until then the corpus's web.config, .reg, .ldf and .dns files raise LXA0907";

    private const string NeedsServerAttribution = "; also needs web.config/.reg attributed to their EX01/ EX02/ folder (CmdletResolver.ServerFromPath wired into the engine)";

    private const string NeedsLdifSignals = "; also needs LDIF users contributed to the scenario inference (signal S3, DeploymentModel.ContributedSignals)";

    private const string NeedsLxa0303Fix = "; also needs LXA0303 to require OWA IM to be configured (web.config without IM keys while vdir IM is off is not a defect) and the S5-only Hybrid inference settled (EXPECTED.md)";

    private const string NeedsDirectoryAndDnsRules = "; also needs the LXA01xx DNS and LXA02xx directory rules, which are on no branch yet";

    private const string NeedsOAuthRules = "; also needs branch rules-oauth (LXA05xx/LXA06xx) merged";

    [Theory]
    [InlineData("lync-server-healthy", Skip = NeedsReaders + NeedsDirectoryAndDnsRules + " (to prove they raise nothing)")]
    [InlineData("lync-server-broken", Skip = NeedsReaders + NeedsServerAttribution + " (LXA0403)" + NeedsDirectoryAndDnsRules + " (LXA0101, LXA0201, LXA0205)")]
    [InlineData("lync-online-healthy", Skip = NeedsReaders + NeedsLdifSignals + NeedsDirectoryAndDnsRules + " (to prove they raise nothing)")]
    [InlineData("lync-online-broken", Skip = NeedsReaders + NeedsLdifSignals + NeedsDirectoryAndDnsRules + " (LXA0102, LXA0105, LXA0201, LXA0206)")]
    [InlineData("hybrid-healthy", Skip = NeedsReaders + NeedsOAuthRules + NeedsDirectoryAndDnsRules + " (to prove they raise nothing)")]
    [InlineData("hybrid-broken", Skip = NeedsReaders + NeedsOAuthRules + " (LXA0602, LXA0603, LXA0604, LXA0607)" + NeedsDirectoryAndDnsRules + " (LXA0103, LXA0202)")]
    [InlineData("exchange-online-mailboxes-healthy", Skip = NeedsReaders + NeedsOAuthRules + NeedsLxa0303Fix + NeedsDirectoryAndDnsRules + " (to prove they raise nothing)")]
    [InlineData("exchange-online-mailboxes-broken", Skip = NeedsReaders + NeedsOAuthRules + " (LXA0603, LXA0605, LXA0606)" + NeedsLxa0303Fix + NeedsDirectoryAndDnsRules + " (LXA0106, LXA0201, LXA0209)")]
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
