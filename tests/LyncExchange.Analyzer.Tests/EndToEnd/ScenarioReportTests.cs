using LyncExchange.Analyzer.Reporting;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Tests.Reporting;

namespace LyncExchange.Analyzer.Tests.EndToEnd;

/// <summary>
/// The full report of every scenario corpus the collector made, as snapshots an engineer reviews for false positives
/// (issue #6), and every output format on the two richest broken sets (issue #7).
/// </summary>
public sealed class ScenarioReportTests
{
    public static TheoryData<string> Scenarios() =>
    [
        "lync-server-healthy", "lync-server-broken", "lync-online-healthy", "lync-online-broken",
        "hybrid-healthy", "hybrid-broken", "exchange-online-mailboxes-healthy", "exchange-online-mailboxes-broken",
    ];

    public static TheoryData<string, string> BrokenSetsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var scenario in new[] { "lync-server-broken", "hybrid-broken" })
        {
            foreach (var format in ReportWriters.Formats)
            {
                data.Add(scenario, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_TextReport(string scenario)
    {
        using var copy = new CorpusCopy(scenario);
        var report = ReportFixture.Build(copy.Root);

        Approvals.Verify(ReportFixture.Render(new TextReportWriter { IncludeSummary = true }, report), parameters: scenario);
    }

    [Theory]
    [MemberData(nameof(BrokenSetsAndFormats))]
    public void Scenario_EveryFormat(string scenario, string format)
    {
        using var copy = new CorpusCopy(scenario);
        var report = ReportFixture.Build(copy.Root);
        var writer = ReportWriters.For(format)!;

        Approvals.Verify(ReportFixture.Render(writer, report), extension: format == "text" ? "txt" : format, parameters: scenario);
    }

    /// <summary>The corpus without its hand-written EXPECTED.md/expected.json, under the scenario's own folder name.</summary>
    private sealed class CorpusCopy : IDisposable
    {
        private readonly string _parent = Path.Combine(Path.GetTempPath(), "lxa-tests", Guid.NewGuid().ToString("N"));

        public CorpusCopy(string scenario)
        {
            var source = Repository.Fixture("scenarios", scenario);
            Root = Path.Combine(_parent, scenario);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(source, file);
                if (relative is "EXPECTED.md" or "expected.json")
                {
                    continue;
                }

                var target = Path.Combine(Root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public string Root { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_parent, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
