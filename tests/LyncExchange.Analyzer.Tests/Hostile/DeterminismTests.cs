namespace LyncExchange.Analyzer.Tests.Hostile;

/// <summary>Issue 10, deterministic: the same inputs give byte-identical reports, run after run.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Analyze_SameInputsTwice_GivesByteIdenticalReportsInEveryFormat()
    {
        using var dump = new HostileCase();
        ReadOnlyTests.WriteMixedDumpSet(dump);

        var first = dump.RunCli("first");
        var second = dump.RunCli("second");

        Assert.Equal(5, first.Reports.Count);
        Assert.Equal(first.Reports.Keys, second.Reports.Keys);
        foreach (var (name, bytes) in first.Reports)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second.Reports[name]), $"{name} differs between two runs");
        }

        Assert.Equal(first.Exit, second.Exit);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("8")]
    public void Analyze_ParallelAndSerialReading_GiveByteIdenticalReports(string parallel)
    {
        using var dump = new HostileCase();
        ReadOnlyTests.WriteMixedDumpSet(dump);

        var serial = dump.RunCli("serial", "--parallel", "1");
        var concurrent = dump.RunCli("parallel", "--parallel", parallel);

        Assert.Equal(serial.Reports.Keys, concurrent.Reports.Keys);
        foreach (var (name, bytes) in serial.Reports)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(concurrent.Reports[name]), $"{name} differs between --parallel 1 and --parallel {parallel}");
        }
    }
}
