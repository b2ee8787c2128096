using LyncExchange.Analyzer.Cli;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Collector;

/// <summary><c>lxa collector</c> hands out exactly the script kept in the repository.</summary>
public sealed class CollectorCommandTests
{
    private static readonly string ScriptPath = Path.Combine(Repository.Root, "src", "LyncExchange.Analyzer.Cli", "Collector", "Collect-LyncExchangeDump.ps1");

    [Fact]
    public void Collector_ToStdout_IsByteIdenticalToRepositoryScript()
    {
        var output = new StringWriter();
        var exit = CliApplication.Run(["collector"], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllBytes(ScriptPath), System.Text.Encoding.ASCII.GetBytes(output.ToString()));
    }

    [Fact]
    public void Collector_ToOutputFile_IsByteIdenticalToRepositoryScript()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lxa-collector-{Guid.NewGuid():N}.ps1");
        try
        {
            var exit = CliApplication.Run(["collector", "--output", file], new StringWriter(), new StringWriter());

            Assert.Equal(0, exit);
            Assert.Equal(File.ReadAllBytes(ScriptPath), File.ReadAllBytes(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void CollectorScript_IsAsciiWithoutBom_SoWindowsPowerShell51ReadsItOnAnyCodePage()
    {
        var bytes = File.ReadAllBytes(ScriptPath);

        Assert.All(bytes, b => Assert.True(b < 0x80, $"non-ASCII byte 0x{b:X2}"));
    }

    [Fact]
    public void Collector_UnwritableOutput_ExitsTwo()
    {
        var error = new StringWriter();

        Assert.Equal(2, CliApplication.Run(["collector", "--output", "/nonexistent-dir/x/Collect.ps1"], new StringWriter(), error));
        Assert.Contains("cannot write", error.ToString());
    }
}
