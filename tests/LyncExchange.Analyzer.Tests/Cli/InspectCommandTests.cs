using System.Text.Json;
using LyncExchange.Analyzer.Cli;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Cli;

public sealed class InspectCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = CliApplication.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Inspect_Json_HasTheFixedShapeWithFilesRecordsAndDiagnostics()
    {
        var sample = Repository.Fixture("samples", "owa-im-misconfigured", "ps51");
        var (exit, output, error) = Run("inspect", sample, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["files", "records", "diagnostics"], root.EnumerateObject().Select(p => p.Name));
        var file = root.GetProperty("files").EnumerateArray().First(f => f.GetProperty("path").GetString() == "Get-OwaVirtualDirectory.txt");
        Assert.Equal("FormatList", file.GetProperty("format").GetString());
        Assert.Equal("utf-16le-bom", file.GetProperty("encoding").GetString());
        Assert.Equal("Get-OwaVirtualDirectory", file.GetProperty("cmdlet").GetString());
        Assert.Equal("file-name", file.GetProperty("decidedBy").GetString());

        var vdir = root.GetProperty("records").EnumerateArray().First(r => r.GetProperty("type").GetString() == "OwaVirtualDirectory");
        Assert.Equal(["type", "cmdlet", "identity", "location", "properties"], vdir.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Get-OwaVirtualDirectory", vdir.GetProperty("cmdlet").GetString());
        Assert.Equal("Get-OwaVirtualDirectory.txt", vdir.GetProperty("location").GetProperty("uri").GetString());
        Assert.True(vdir.GetProperty("location").GetProperty("line").GetInt32() > 0);
        var properties = vdir.GetProperty("properties");
        Assert.Equal("None", properties.GetProperty("InstantMessagingType").GetString());
        Assert.True(properties.GetProperty("InstantMessagingEnabled").GetBoolean());
        var names = properties.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void Inspect_SameInputTwice_GivesTheSameBytes()
    {
        var sample = Repository.Fixture("samples", "owa-im-misconfigured", "ps7");

        Assert.Equal(Run("inspect", sample, "--format", "json").Output, Run("inspect", sample, "--format", "json").Output);
        Assert.Equal(Run("inspect", sample).Output, Run("inspect", sample).Output);
    }

    [Fact]
    public void Inspect_Text_ListsFilesAndRecordsWithHowTheCmdletWasDecided()
    {
        var transcript = FixtureFiles.PowerShell("transcript", "exchange-shell.ps7.txt");
        var (exit, output, _) = Run("inspect", transcript);

        Assert.Equal(0, exit);
        Assert.Contains("exchange-shell.ps7.txt: Transcript, utf-8, Get-OwaVirtualDirectory (by transcript)", output, StringComparison.Ordinal);
        Assert.Contains("OwaVirtualDirectory OwaVirtualDirectory:EX02\\owa (Default Web Site) [Get-OwaVirtualDirectory]", output, StringComparison.Ordinal);
        Assert.Contains("InstantMessagingCertificateThumbprint = C2A5E8F1B3D4967A0E1F2B3C4D5E6F708192A3B4", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_MissingPath_IsAUsageError()
    {
        var (exit, _, error) = Run("inspect", "/nonexistent/dump");

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }
}
