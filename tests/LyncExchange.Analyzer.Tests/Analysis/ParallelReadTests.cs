using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Analysis;

/// <summary>Reading the files of a dump set concurrently gives the serial run's result, in the same order.</summary>
public sealed class ParallelReadTests
{
    [Fact]
    public void Run_AllFixturesInParallel_SameFilesDiagnosticsAndRecordsAsSerial()
    {
        var serial = AnalysisEngine.Run(new AnalysisOptions { Paths = [Repository.Fixtures], Parallelism = 1 });
        var parallel = AnalysisEngine.Run(new AnalysisOptions { Paths = [Repository.Fixtures], Parallelism = 4 });

        Assert.True(serial.Files.Length > 20);
        Assert.Equal(serial.Files.Length, parallel.Files.Length);
        Assert.Equal([], serial.Files.Zip(parallel.Files).Where(p => p.First != p.Second).Select(p => p.First + " / " + p.Second));
        Assert.Equal(serial.Diagnostics.Select(d => d.ToString()), parallel.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(
            serial.Deployment.Records.Select(r => (r.GetType().Name, r.ObjectIdentity, r.Source.Location)),
            parallel.Deployment.Records.Select(r => (r.GetType().Name, r.ObjectIdentity, r.Source.Location)));
    }

    [Fact]
    public void Run_WithStatistics_TimesEveryReadFileAndEveryRule()
    {
        var stats = new AnalysisStatistics();
        var result = AnalysisEngine.Run(new AnalysisOptions { Paths = [Repository.Fixture("dns")], Statistics = stats });

        Assert.Equal(result.Files.Length, stats.Files.Count);
        Assert.Contains(stats.Files, f => f.Records > 0 && f.Bytes > 0);
        Assert.NotEmpty(stats.Rules);
    }
}
