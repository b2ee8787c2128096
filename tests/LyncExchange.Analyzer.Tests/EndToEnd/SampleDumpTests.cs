using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Reporting;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.EndToEnd;

/// <summary>The bundled sample, rendered by pwsh in both Windows PowerShell 5.1 and PowerShell 7 shape.</summary>
public sealed class SampleDumpTests
{
    private static readonly string Sample = Repository.Fixture("samples", "owa-im-misconfigured");

    private static AnalysisResult Analyze(string shape) => AnalysisEngine.Run(new AnalysisOptions { Paths = [Path.Combine(Sample, shape)] });

    [Fact]
    public void Sample_Ps51AndPs7Shapes_BindToIdenticalRecords()
    {
        var ps51 = Analyze("ps51");
        var ps7 = Analyze("ps7");

        Assert.Equal("utf-16le-bom", ps51.Files.First().Encoding);
        Assert.Equal("utf-8", ps7.Files.First().Encoding);
        AssertSameRecords<OwaVirtualDirectory>(ps51, ps7, r => r with { Source = r.Source with { Path = "", Location = default }, Locations = default }, 2);
        AssertSameRecords<OwaMailboxPolicy>(ps51, ps7, r => r with { Source = r.Source with { Path = "", Location = default }, Locations = default }, 2);
        AssertSameRecords<ExchangeServer>(ps51, ps7, r => r with { Source = r.Source with { Path = "", Location = default }, Locations = default }, 2);
    }

    [Fact]
    public void Sample_ThumbprintWrappedAcrossTwoLines_IsJoined()
    {
        foreach (var shape in new[] { "ps51", "ps7" })
        {
            var ex02 = Analyze(shape).Deployment.All<OwaVirtualDirectory>().Single(v => v.Server == "EX02");

            Assert.Matches("^[0-9A-F]{40}$", ex02.InstantMessagingCertificateThumbprint);
            Assert.True(ex02.Locations.InstantMessagingCertificateThumbprint.EndLine > ex02.Locations.InstantMessagingCertificateThumbprint.Line, shape);
        }
    }

    [Fact]
    public void Sample_TextReport_MatchesSnapshot()
    {
        var result = AnalysisEngine.Run(new AnalysisOptions { Paths = [Path.Combine(Sample, "ps51"), Path.Combine(Sample, "ps7")] });
        var writer = new StringWriter();
        new TextReportWriter().Write(result, writer);

        Approvals.Verify(writer.ToString());
    }

    private static void AssertSameRecords<T>(AnalysisResult left, AnalysisResult right, Func<T, T> withoutPositions, int expected)
        where T : LyncExchange.Analyzer.Model.Binding.IDumpRecord
    {
        var a = left.Deployment.All<T>().Select(withoutPositions).ToList();
        var b = right.Deployment.All<T>().Select(withoutPositions).ToList();

        Assert.Equal(expected, a.Count);
        Assert.Equal(a, b);
    }
}
