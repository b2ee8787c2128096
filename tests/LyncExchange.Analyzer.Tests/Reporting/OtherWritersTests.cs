using System.Globalization;
using System.Text.Json;
using LyncExchange.Analyzer.Reporting;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Reporting;

public sealed class JsonReportWriterTests
{
    [Fact]
    public void Write_OwaImFixture_MatchesSnapshot()
    {
        Approvals.Verify(ReportFixture.Render(new JsonReportWriter(), ReportFixture.Build(ReportFixture.OwaImMisconfigured)), "json");
    }

    [Fact]
    public void Write_OwaImFixture_HasTheDocumentedShape()
    {
        using var document = JsonDocument.Parse(ReportFixture.Render(new JsonReportWriter(), ReportFixture.Build(ReportFixture.OwaImMisconfigured)));
        var root = document.RootElement;
        Assert.Equal(JsonReportWriter.SchemaVersion, root.GetProperty("schemaVersion").GetString());
        Assert.Equal("owa-im-misconfigured", root.GetProperty("dumpSet").GetProperty("root").GetString());
        Assert.Equal(4, root.GetProperty("summary").GetProperty("error").GetInt32());
        var finding = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "LXA0301");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(121, finding.GetProperty("location").GetProperty("line").GetInt32());
        Assert.StartsWith("Set-OwaVirtualDirectory", finding.GetProperty("fix").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("suppression").ValueKind);
    }
}

public sealed class MarkdownReportWriterTests
{
    [Fact]
    public void Write_OwaImFixture_MatchesSnapshot()
    {
        Approvals.Verify(ReportFixture.Render(new MarkdownReportWriter(), ReportFixture.Build(ReportFixture.OwaImMisconfigured)), "md");
    }

    [Fact]
    public void Write_HostileNames_CannotInjectMarkupOrCloseTheFence()
    {
        using var dumps = new ScratchDumpSet();
        dumps.Write("Get-OwaVirtualDirectory.txt", SampleDumps.OwaVirtualDirectory("EX01", "EX01\\owa [x](http://evil.example) <b>bold</b> ```"));
        dumps.WriteLyncPool();
        var md = ReportFixture.Render(new MarkdownReportWriter(), ReportFixture.Build(dumps.Root));

        // Inside the fence the text is code and inert; the fence is longer than the customer's backtick run.
        Assert.Contains("````powershell", md, StringComparison.Ordinal);
        var prose = System.Text.RegularExpressions.Regex.Replace(md, @"````powershell\n.*?\n\s*````\n", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.DoesNotContain("[x](http://evil.example)", prose, StringComparison.Ordinal);
        Assert.Contains("\\[x\\](http://evil.example)", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", prose, StringComparison.Ordinal);
    }
}

public sealed class TextReportWriterTests
{
    [Fact]
    public void Write_OwaImFixture_MatchesSnapshot()
    {
        Approvals.Verify(ReportFixture.Render(new TextReportWriter(), ReportFixture.Build(ReportFixture.OwaImMisconfigured)));
    }

    [Fact]
    public void Write_Report_HasTheSameLinesAsTheResultWriter()
    {
        var result = ReportFixture.Analyze(ReportFixture.OwaImMisconfigured);
        using var fromResult = new StringWriter();
        new TextReportWriter().Write(result, fromResult);
        Assert.Equal(fromResult.ToString(), ReportFixture.Render(new TextReportWriter(), Analyzer.Reporting.ReportBuilder.Build(result)));
    }

    [Fact]
    public void Write_WithSummary_EndsWithCounts()
    {
        var text = ReportFixture.Render(new TextReportWriter { IncludeSummary = true }, ReportFixture.Build(ReportFixture.OwaImMisconfigured));
        Assert.Matches(@"4 error\(s\), 1 warning\(s\), \d+ info, 0 suppressed; 7 file\(s\) read\.\n$", text);
    }
}

public sealed class DeterminismTests
{
    [Theory]
    [MemberData(nameof(ReportFixture.Formats), MemberType = typeof(ReportFixture))]
    public void Write_TwoRuns_GiveIdenticalBytes(string format)
    {
        var first = ReportFixture.Render(ReportWriters.For(format)!, ReportFixture.Build(ReportFixture.OwaImMisconfigured, redact: format == "html"));
        var second = ReportFixture.Render(ReportWriters.For(format)!, ReportFixture.Build(ReportFixture.OwaImMisconfigured, redact: format == "html"));
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(ReportFixture.Formats), MemberType = typeof(ReportFixture))]
    public void Write_FinnishOrTurkishCurrentCulture_GivesTheInvariantBytes(string format)
    {
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => ReportFixture.Render(ReportWriters.For(format)!, ReportFixture.Build(ReportFixture.OwaImMisconfigured)));
        foreach (var name in new[] { "fi-FI", "tr-TR", "ar-SA" })
        {
            var local = WithCulture(CultureInfo.GetCultureInfo(name), () => ReportFixture.Render(ReportWriters.For(format)!, ReportFixture.Build(ReportFixture.OwaImMisconfigured)));
            Assert.Equal(invariant, local);
        }
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
