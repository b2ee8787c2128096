using LyncExchange.Analyzer.Analysis.Configuration;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Reporting;
using LyncExchange.Analyzer.Tests.Reporting;

namespace LyncExchange.Analyzer.Tests.Configuration;

public sealed class CaseConfigurationTests
{
    private static readonly DateOnly Today = ReportFixture.Today;

    [Fact]
    public void Load_GlobalConfigAtDumpRoot_SetsRuleCategoryAndScenarioWithSources()
    {
        using var dumps = new ScratchDumpSet();
        dumps.Write(CaseConfigurationLoader.ConfigFileName, """
            # case 1234
            is_global = true
            dotnet_diagnostic.LXA0301.severity = suggestion ; Roslyn's spelling
            dotnet_analyzer_diagnostic.category-InputQuality.severity = none
            lxa_scenario = hybrid
            """);

        var configuration = CaseConfigurationLoader.Load([dumps.Root], null, null, Today);

        Assert.Empty(configuration.Problems);
        Assert.Equal(DiagnosticSeverity.Info, configuration.RuleSeverities["LXA0301"].Severity);
        Assert.Equal("lxa.globalconfig(3)", configuration.RuleSeverities["LXA0301"].Source);
        Assert.Equal(DiagnosticSeverity.None, configuration.CategorySeverities[RuleCategory.InputQuality].Severity);
        Assert.Equal("Hybrid", configuration.Scenario!.Value);
        Assert.Equal("Hybrid", configuration.ApplyTo(new() { Paths = [dumps.Root] }).Scenario);
        var effective = configuration.EffectiveSettings();
        Assert.Contains(effective, s => s is { Key: "dotnet_diagnostic.LXA0907.severity", Value: "none", Source: "lxa.globalconfig(4)" });
        Assert.Contains(effective, s => s is { Key: "dotnet_diagnostic.LXA0302.severity", Value: "error", Source: ConfigurationSetting.DefaultSource });
        Assert.Contains(CaseConfigurationLoader.ConfigFileName, configuration.CaseFiles);
    }

    [Fact]
    public void Analyze_CategoryAndRuleOverrides_ChangeSeveritiesAndTheCaseFileIsNotADump()
    {
        using var dumps = new ScratchDumpSet();
        dumps.Write("Get-OwaVirtualDirectory.txt", SampleDumps.OwaVirtualDirectory("EX01", @"EX01\owa (Default Web Site)"));
        dumps.WriteLyncPool();
        dumps.Write("notes.log", "not a dump\n");
        dumps.Write(CaseConfigurationLoader.ConfigFileName, """
            dotnet_analyzer_diagnostic.category-ExchangeOwa.severity = warning
            dotnet_diagnostic.LXA0907.severity = none
            """);

        var report = ReportFixture.Build(dumps.Root);

        var finding = Assert.Single(report.Findings, f => f.Diagnostic.Id == "LXA0301");
        Assert.Equal("LXA0301", finding.Diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Diagnostic.Severity);
        Assert.DoesNotContain(report.Files, f => f.Path == CaseConfigurationLoader.ConfigFileName);
    }

    [Fact]
    public void Load_RuleOverride_WinsOverCategoryInEitherOrder()
    {
        using var dumps = new ScratchDumpSet();
        dumps.Write("Get-OwaVirtualDirectory.txt", SampleDumps.OwaVirtualDirectory("EX01", @"EX01\owa (Default Web Site)"));
        dumps.WriteLyncPool();
        dumps.Write(CaseConfigurationLoader.ConfigFileName, """
            dotnet_diagnostic.LXA0301.severity = error
            dotnet_analyzer_diagnostic.category-ExchangeOwa.severity = none
            """);
        Assert.Equal(DiagnosticSeverity.Error, ReportFixture.Build(dumps.Root).Findings.Single(f => f.Diagnostic.Id == "LXA0301").Diagnostic.Severity);
    }

    [Fact]
    public void Load_MistakesInTheFile_AreLxa0904OnTheirLine()
    {
        using var dumps = new ScratchDumpSet();
        var config = dumps.WriteOutside("case.globalconfig", """
            [*.txt]
            dotnet_diagnostic.LXA0301.severity = loud
            dotnet_analyzer_diagnostic.category-Nope.severity = error
            lxa_scenario = Cloud
            dotnet_diagnostic.LXA9999.severity = error
            just words
            """);

        var problems = CaseConfigurationLoader.Load([dumps.Root], config, null, Today).Problems;

        Assert.All(problems, p => Assert.Equal(InputDiagnosticIds.ParseError, p.Id));
        Assert.Equal([1, 2, 3, 4, 5, 6], problems.Select(p => p.Location.Line).Order());
        Assert.All(problems, p => Assert.Equal("../case.globalconfig", p.Location.Path));
        Assert.Contains(problems, p => p.Location.Line == 2 && p.Message.Contains("'loud' is not a severity", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Location.Line == 5 && p.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Load_ExplicitConfigThatDoesNotExist_Throws()
    {
        using var dumps = new ScratchDumpSet();
        Assert.Throws<FileNotFoundException>(() => CaseConfigurationLoader.Load([dumps.Root], Path.Combine(dumps.Parent, "missing.globalconfig"), null, Today));
    }
}

public sealed class SuppressionTests
{
    private const string Identity = @"OwaVirtualDirectory:EX01\\owa (Default Web Site)";

    private static ScratchDumpSet DumpWithFinding()
    {
        var dumps = new ScratchDumpSet();
        dumps.Write("Get-OwaVirtualDirectory.txt", SampleDumps.OwaVirtualDirectory("EX01", @"EX01\owa (Default Web Site)"));
        dumps.WriteLyncPool();
        return dumps;
    }

    [Fact]
    public void Suppression_ActiveEntry_HidesFromTextAndExitButStaysInSarif()
    {
        using var dumps = DumpWithFinding();
        dumps.Write(CaseConfigurationLoader.SuppressionsFileName, $$"""
            { "suppressions": [ { "ruleId": "lxa0301", "logicalLocation": "{{Identity}}", "justification": "customer uses Skype web app", "author": "jdoe", "ticket": "SR-1", "expires": "2026-12-31" } ] }
            """);

        var report = ReportFixture.Build(dumps.Root);

        var finding = Assert.Single(report.Findings, f => f.Diagnostic.Id == "LXA0301");
        Assert.True(finding.IsSuppressed);
        Assert.DoesNotContain(report.Reported, f => f.Diagnostic.Id == "LXA0301");
        Assert.False(report.HasAtLeast(DiagnosticSeverity.Warning));
        Assert.DoesNotContain("LXA0301", ReportFixture.Render(new TextReportWriter(), report), StringComparison.Ordinal);
        Assert.Contains("\"justification\": \"customer uses Skype web app\"", ReportFixture.Render(new SarifReportWriter(), report), StringComparison.Ordinal);
    }

    [Fact]
    public void Suppression_Expired_StopsSuppressingAndIsReportedAsInfo()
    {
        using var dumps = DumpWithFinding();
        dumps.Write(CaseConfigurationLoader.SuppressionsFileName, $$"""
            [
              { "ruleId": "LXA0301", "logicalLocation": "{{Identity}}", "justification": "until the change window", "ticket": "SR-2", "expires": "2026-05-31" }
            ]
            """);

        var report = ReportFixture.Build(dumps.Root);

        Assert.False(report.Findings.Single(f => f.Diagnostic.Id == "LXA0301").IsSuppressed);
        var notice = report.Findings.Single(f => f.Diagnostic.Location.Path == CaseConfigurationLoader.SuppressionsFileName);
        Assert.Equal(DiagnosticSeverity.Info, notice.Diagnostic.Severity);
        Assert.Equal(2, notice.Diagnostic.Location.Line);
        Assert.Contains("expired on 2026-05-31 (ticket SR-2)", notice.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppression_ValueHashOfAnotherValue_DoesNotSuppress()
    {
        using var dumps = DumpWithFinding();
        dumps.Write(CaseConfigurationLoader.SuppressionsFileName, $$"""
            { "suppressions": [ { "ruleId": "LXA0301", "logicalLocation": "{{Identity}}", "valueHash": "0000000000000000", "justification": "pinned to the old value" } ] }
            """);
        Assert.False(ReportFixture.Build(dumps.Root).Findings.Single(f => f.Diagnostic.Id == "LXA0301").IsSuppressed);

        var hash = ReportFixture.Build(dumps.Root).Findings.Single(f => f.Diagnostic.Id == "LXA0301").ValueHash;
        dumps.Write(CaseConfigurationLoader.SuppressionsFileName, $$"""
            { "suppressions": [ { "ruleId": "LXA0301", "logicalLocation": "{{Identity}}", "valueHash": "{{hash}}", "justification": "pinned to this value" } ] }
            """);
        Assert.True(ReportFixture.Build(dumps.Root).Findings.Single(f => f.Diagnostic.Id == "LXA0301").IsSuppressed);
    }

    [Fact]
    public void Suppression_BadEntries_AreReportedOnTheirLine()
    {
        using var dumps = DumpWithFinding();
        dumps.Write(CaseConfigurationLoader.SuppressionsFileName, """
            { "suppressions": [
              { "ruleId": "LXA0301", "logicalLocation": "x" },
              { "ruleId": "LXA0301", "logicalLocation": "x", "justification": "j", "expires": "31.12.2026" },
              { "logicalLocation": "x", "justification": "j" }
            ] }
            """);
        var problems = CaseConfigurationLoader.Load([dumps.Root], null, null, ReportFixture.Today).Problems;
        Assert.Equal([2, 3, 4], problems.Select(p => p.Location.Line));
        Assert.Equal([3, 3, 3], problems.Select(p => p.Location.Column));
    }

    [Fact]
    public void Suppression_NotJson_IsOneProblemNotACrash()
    {
        using var dumps = DumpWithFinding();
        dumps.Write(CaseConfigurationLoader.SuppressionsFileName, "{ \"suppressions\": [ { \"ruleId\": \n");
        var problem = Assert.Single(CaseConfigurationLoader.Load([dumps.Root], null, null, ReportFixture.Today).Problems);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
    }
}
