using System.Text.Json;
using LyncExchange.Analyzer.Analysis.Configuration;
using LyncExchange.Analyzer.Cli;
using LyncExchange.Analyzer.Tests.Reporting;

namespace LyncExchange.Analyzer.Tests.Cli;

public sealed class AnalyzeCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApplication.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Analyze_SeveralFormatsToFiles_WritesEachAndNothingToStdout()
    {
        using var dumps = new ScratchDumpSet();
        dumps.CopyFrom(ReportFixture.OwaImMisconfigured);
        var sarif = Path.Combine(dumps.Parent, "out", "case.sarif");
        var html = Path.Combine(dumps.Parent, "case.html");

        var (exit, stdout, _) = Run("analyze", dumps.Root, "--format", "sarif=" + sarif, "--format", "html=" + html, "--format", "json=" + Path.Combine(dumps.Parent, "case.json"));

        Assert.Equal(ExitCodes.Findings, exit);
        Assert.Equal(string.Empty, stdout);
        SarifReportWriterTests.AssertValid(File.ReadAllText(sarif));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(html), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dumps.Parent, "case.json")));
        Assert.Equal(4, json.RootElement.GetProperty("summary").GetProperty("error").GetInt32());
    }

    [Fact]
    public void Analyze_OutputDir_WritesOneFilePerFormat()
    {
        using var dumps = new ScratchDumpSet();
        dumps.CopyFrom(ReportFixture.OwaImMisconfigured);
        var dir = Path.Combine(dumps.Parent, "reports");

        var (exit, _, _) = Run("analyze", dumps.Root, "--output-dir", dir, "-f", "text", "-f", "sarif", "-f", "html", "-f", "json", "-f", "md");

        Assert.Equal(ExitCodes.Findings, exit);
        Assert.Equal(
            ["lxa-report.html", "lxa-report.json", "lxa-report.md", "lxa-report.sarif", "lxa-report.txt"],
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Analyze_Stats_TimesEveryFileAndRuleOnStderrAndLeavesTheReportAlone()
    {
        var (plainExit, plainOut, _) = Run("analyze", ReportFixture.OwaImMisconfigured, "--format", "sarif", "-q");
        var (exit, stdout, stderr) = Run("analyze", ReportFixture.OwaImMisconfigured, "--format", "sarif", "-q", "--stats");

        Assert.Equal(plainExit, exit);
        Assert.Equal(plainOut, stdout);
        var lines = stderr.Split('\n');
        Assert.Contains(lines, l => l.Contains("Get-OwaVirtualDirectory.txt", StringComparison.Ordinal) && l.Contains("FormatList", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("LXA0301 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("read ", StringComparison.Ordinal) && l.Contains("peak working set", StringComparison.Ordinal));
        var retained = Assert.Single(lines, l => l.StartsWith("retained after reading ", StringComparison.Ordinal));
        Assert.Matches(@"^retained after reading \d+ MB \([\d,]+ records, \d+ B each\); after the rules \(model \+ their indexes\) \d+ MB$", retained);
        Assert.DoesNotContain("records, 0 B each", retained, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--format", "text", "--format", "md")]
    [InlineData("--format", "sarif=")]
    [InlineData("--redaction-map", "map.json")]
    [InlineData("--config", "does-not-exist.globalconfig")]
    [InlineData("--baseline", "does-not-exist.sarif")]
    public void Analyze_UsageErrors_ExitTwoWithAMessage(params string[] options)
    {
        var (exit, _, stderr) = Run(["analyze", ReportFixture.OwaImMisconfigured, .. options]);
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.StartsWith("lxa: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ShowConfig_PrintsEverySettingWithItsSource()
    {
        using var dumps = new ScratchDumpSet();
        dumps.Write(CaseConfigurationLoader.ConfigFileName, "dotnet_diagnostic.LXA0301.severity = warning\nlxa_scenario = LyncServerOnly\n");

        var (exit, stdout, _) = Run("analyze", dumps.Root, "--show-config");

        Assert.Equal(ExitCodes.Clean, exit);
        Assert.Contains("# sources: lxa.globalconfig\n", stdout, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic.LXA0301.severity = warning  # lxa.globalconfig(1)\n", stdout, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic.LXA0302.severity = error  # default\n", stdout, StringComparison.Ordinal);
        Assert.Contains("lxa_scenario = LyncServerOnly  # lxa.globalconfig(2)\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ConfigDowngrade_ChangesTheExitCode()
    {
        using var dumps = new ScratchDumpSet();
        dumps.Write("Get-OwaVirtualDirectory.txt", SampleDumps.OwaVirtualDirectory("EX01", @"EX01\owa (Default Web Site)"));
        dumps.WriteLyncPool();
        Assert.Equal(ExitCodes.Findings, Run("analyze", dumps.Root).Exit);

        var config = dumps.WriteOutside("case.globalconfig", "dotnet_analyzer_diagnostic.category-ExchangeOwa.severity = warning\n");
        var (exit, stdout, _) = Run("analyze", dumps.Root, "--config", config);

        Assert.Equal(ExitCodes.Clean, exit);
        Assert.Contains(": warning LXA0301: ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_Redact_WritesTheMapOnlyToTheNamedFile()
    {
        using var dumps = new ScratchDumpSet();
        dumps.CopyFrom(ReportFixture.OwaImMisconfigured);
        var map = Path.Combine(dumps.Parent, "keep", "map.json");
        var html = Path.Combine(dumps.Parent, "case.html");

        var (_, stdout, _) = Run("analyze", dumps.Root, "--redact", "--redaction-map", map, "-f", "text", "-f", "html=" + html);

        Assert.DoesNotContain("EX01", stdout, StringComparison.Ordinal);
        Assert.Contains("host1", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("contoso", File.ReadAllText(html), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"original\": \"ex01\"", File.ReadAllText(map), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_Baseline_OfTheSameDumps_MarksEverythingUnchanged()
    {
        using var dumps = new ScratchDumpSet();
        dumps.CopyFrom(ReportFixture.OwaImMisconfigured);
        var previous = Path.Combine(dumps.Parent, "previous.sarif");
        var current = Path.Combine(dumps.Parent, "current.sarif");
        Run("analyze", dumps.Root, "-f", "sarif=" + previous);

        Run("analyze", dumps.Root, "-f", "sarif=" + current, "--baseline", previous);

        using var document = JsonDocument.Parse(File.ReadAllText(current));
        var states = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("baselineState").GetString()).ToList();
        Assert.True(states.Count >= 5, $"{states.Count} results");
        Assert.All(states, s => Assert.Equal("unchanged", s));
    }

    [Fact]
    public void Analyze_Quiet_WritesNothingToStderr()
    {
        var (_, _, stderr) = Run("analyze", ReportFixture.OwaImMisconfigured, "--redact", "--quiet");
        Assert.Equal(string.Empty, stderr);
    }
}
