using System.Text.Json;
using LyncExchange.Analyzer.Analysis.Configuration;
using LyncExchange.Analyzer.Reporting;
using LyncExchange.Analyzer.Rules;
using LyncExchange.Analyzer.Tests.Infrastructure;
using NJsonSchema;

namespace LyncExchange.Analyzer.Tests.Reporting;

public sealed class SarifReportWriterTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        // The copy beside this test, so CI never skips; the shared folder's copy is the same file.
        var path = Path.Combine(Repository.Root, "tests", "LyncExchange.Analyzer.Tests", "Reporting", "sarif-schema-2.1.0.json");
        return JsonSchema.FromJsonAsync(File.ReadAllText(path)).GetAwaiter().GetResult();
    });

    internal static void AssertValid(string sarif)
    {
        var errors = Schema.Value.Validate(sarif);
        Assert.True(errors.Count == 0, "SARIF schema violations:\n" + string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind} {e.Property}")));
    }

    [Fact]
    public void Write_OwaImFixture_MatchesSnapshot()
    {
        var sarif = ReportFixture.Render(new SarifReportWriter(), ReportFixture.Build(ReportFixture.OwaImMisconfigured));
        Approvals.Verify(sarif, "sarif");
    }

    [Fact]
    public void Write_OwaImFixture_ValidatesAgainstSchema()
    {
        AssertValid(ReportFixture.Render(new SarifReportWriter(), ReportFixture.Build(ReportFixture.OwaImMisconfigured)));
    }

    [Fact]
    public void Write_SharedSchemaCopy_IsTheSameFile()
    {
        if (Repository.Shared is not { } shared || !File.Exists(Path.Combine(shared, "sarif", "sarif-schema-2.1.0.json")))
        {
            return; // the shared folder exists only beside a development checkout
        }

        Assert.Equal(
            File.ReadAllText(Path.Combine(shared, "sarif", "sarif-schema-2.1.0.json")),
            File.ReadAllText(Path.Combine(Repository.Root, "tests", "LyncExchange.Analyzer.Tests", "Reporting", "sarif-schema-2.1.0.json")));
    }

    [Fact]
    public void Write_WithSuppressionBaselineAndRedaction_ValidatesAgainstSchema()
    {
        using var dumps = new ScratchDumpSet();
        dumps.CopyFrom(ReportFixture.OwaImMisconfigured);
        dumps.Write(CaseConfigurationLoader.SuppressionsFileName, """
            { "suppressions": [ { "ruleId": "LXA0302", "logicalLocation": "OwaMailboxPolicy:Default", "justification": "policy not used", "author": "eng", "ticket": "T-1", "expires": "2099-01-01" } ] }
            """);
        var first = ReportFixture.Render(new SarifReportWriter(), ReportFixture.Build(dumps.Root));
        var baselinePath = dumps.WriteOutside("previous.sarif", first.Replace("InstantMessagingType=None", "InstantMessagingType=Other", StringComparison.Ordinal));
        var baseline = BaselineLog.Read(baselinePath);

        var sarif = ReportFixture.Render(new SarifReportWriter(), ReportFixture.Build(dumps.Root, redact: true, baseline: baseline));

        AssertValid(sarif);
        using var document = JsonDocument.Parse(sarif);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("suppressions").GetArrayLength() == 1
            && r.GetProperty("suppressions")[0].GetProperty("kind").GetString() == "external"
            && r.GetProperty("suppressions")[0].GetProperty("justification").GetString() == "policy not used");
        Assert.All(results, r => Assert.True(r.TryGetProperty("suppressions", out _)));
    }

    [Fact]
    public void Write_Rules_ListEveryCatalogRuleSortedWithHelp()
    {
        using var document = JsonDocument.Parse(ReportFixture.Render(new SarifReportWriter(), ReportFixture.Build(ReportFixture.OwaImMisconfigured)));
        var rules = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("help").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("help").GetProperty("markdown").GetString()));
            Assert.Contains(r.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note", "none" });
        });
    }

    [Fact]
    public void Write_Results_IndexTheirRuleAndQuoteTheSourceLine()
    {
        var report = ReportFixture.Build(ReportFixture.OwaImMisconfigured);
        using var document = JsonDocument.Parse(ReportFixture.Render(new SarifReportWriter(), report));
        var run = document.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "LXA0301");

        Assert.Equal("LXA0301", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        var line = region.GetProperty("startLine").GetInt32();
        var uri = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        var sourceLines = File.ReadAllText(Path.Combine(ReportFixture.OwaImMisconfigured, uri)).ReplaceLineEndings("\n").TrimStart('\uFEFF').Split('\n');
        Assert.Equal(sourceLines[line - 1], region.GetProperty("snippet").GetProperty("text").GetString());
        Assert.Equal("OwaVirtualDirectory:EX01\\owa (Default Web Site)", result.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
    }

    [Fact]
    public void Fingerprint_LinesMove_StaysTheSame()
    {
        using var shifted = new ScratchDumpSet();
        var vdir = SampleDumps.OwaVirtualDirectory("EX01", @"EX01\owa (Default Web Site)");
        shifted.Write("Get-OwaVirtualDirectory.txt", "\n\n\n" + vdir);
        shifted.WriteLyncPool();
        using var original = new ScratchDumpSet();
        original.Write("Get-OwaVirtualDirectory.txt", vdir);
        original.WriteLyncPool();

        var before = ReportFixture.Build(original.Root).Findings.Single(f => f.Diagnostic.Id == "LXA0301");
        var after = ReportFixture.Build(shifted.Root).Findings.Single(f => f.Diagnostic.Id == "LXA0301");

        Assert.NotEqual(before.Diagnostic.Location.Line, after.Diagnostic.Location.Line);
        Assert.Equal(before.Fingerprint, after.Fingerprint);
    }

    [Fact]
    public void Baseline_PreviousLog_MarksNewUnchangedUpdatedAbsent()
    {
        using var dumps = new ScratchDumpSet();
        dumps.Write("Get-OwaVirtualDirectory.txt", SampleDumps.OwaVirtualDirectory("EX01", @"EX01\owa (Default Web Site)") + SampleDumps.OwaVirtualDirectory("EX02", @"EX02\owa (Default Web Site)"));
        dumps.WriteLyncPool();
        var previous = ReportFixture.Render(new SarifReportWriter(), ReportFixture.Build(dumps.Root));
        using (var edited = JsonDocument.Parse(previous))
        {
            var results = edited.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray();
            Assert.Equal(2, results.Count(r => r.GetProperty("ruleId").GetString() == "LXA0301"));
        }

        // The previous run: EX02's message differed (updated), and EX03 had a finding that is now gone (absent).
        var ex02 = ReportFixture.Build(dumps.Root).Findings.Single(f => f.Diagnostic.Id == "LXA0301" && f.Diagnostic.Message.Contains("EX02", StringComparison.Ordinal));
        var baseline = new BaselineLog("previous.sarif", [
            .. BaselineLog.FromDocument("previous.sarif", JsonDocument.Parse(previous).RootElement).Findings
                .Select(f => f.Fingerprint == ex02.Fingerprint ? f with { Message = "older wording" } : f),
            new BaselineFinding("0123456789abcdef0123456789abcdef", "LXA0301", "error", "OWA virtual directory 'EX03\\owa (Default Web Site)' …", "OwaVirtualDirectory:EX03\\owa (Default Web Site)"),
        ], 0);
        dumps.Write("Get-OwaMailboxPolicy.txt", "\nName                    : Default\nInstantMessagingEnabled : False\nInstantMessagingType    : None\n\n");

        var report = ReportFixture.Build(dumps.Root, baseline: baseline);

        Assert.Equal(BaselineState.Unchanged, report.Findings.Single(f => f.Diagnostic.Id == "LXA0301" && f.Diagnostic.Message.Contains("EX01", StringComparison.Ordinal)).BaselineState);
        Assert.Equal(BaselineState.Updated, report.Findings.Single(f => f.Diagnostic.Id == "LXA0301" && f.Diagnostic.Message.Contains("EX02", StringComparison.Ordinal)).BaselineState);
        Assert.All(report.Findings.Where(f => f.Diagnostic.Id == "LXA0302"), f => Assert.Equal(BaselineState.New, f.BaselineState));
        Assert.Equal("OwaVirtualDirectory:EX03\\owa (Default Web Site)", Assert.Single(report.Absent, a => a.RuleId == "LXA0301").LogicalLocation);
        var sarif = ReportFixture.Render(new SarifReportWriter(), report);
        AssertValid(sarif);
        Assert.Contains("\"baselineState\": \"absent\"", sarif, StringComparison.Ordinal);
    }
}

public sealed class SarifSchemaValidationTests
{
    [Fact]
    public void Validate_InvalidLevel_IsRejected()
    {
        // Proves the validator is not a no-op: a log our writer would never produce fails.
        var sarif = ReportFixture.Render(new SarifReportWriter(), ReportFixture.Build(ReportFixture.OwaImMisconfigured))
            .Replace("\"level\": \"error\"", "\"level\": \"fatal\"", StringComparison.Ordinal);
        Assert.Throws<Xunit.Sdk.TrueException>(() => SarifReportWriterTests.AssertValid(sarif));
    }
}
