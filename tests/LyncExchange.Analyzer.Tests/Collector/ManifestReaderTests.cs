using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Formats.Manifest;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Tests.Collector;

/// <summary>manifest.json becomes collection facts: dump time, failed and empty commands, and which twin file is read.</summary>
public sealed class ManifestReaderTests
{
    private const string Manifest = """
        {
          "collector": "Collect-LyncExchangeDump.ps1",
          "collectorVersion": "1.0.0",
          "startTime": "2014-06-20T10:15:00.0000000-07:00",
          "endTime": "2014-06-20T10:16:30.0000000-07:00",
          "commands": [
            { "name": "Get-OwaVirtualDirectory", "command": "Get-OwaVirtualDirectory -ADPropertiesOnly", "server": null, "state": "succeeded", "objects": 2,
              "files": [ { "path": "Get-OwaVirtualDirectory.xml", "role": "lossless" }, { "path": "Get-OwaVirtualDirectory.txt", "role": "readable-copy" } ], "error": null },
            { "name": "Get-OwaMailboxPolicy", "command": "Get-OwaMailboxPolicy", "server": null, "state": "failed", "objects": 0, "files": [], "error": "Access is denied." },
            { "name": "Get-UMDialPlan", "command": "Get-UMDialPlan", "server": null, "state": "returned nothing", "objects": 0, "files": [], "error": null },
            { "name": "Get-CsPool", "command": "Get-CsPool", "server": null, "state": "not available", "objects": 0, "files": [], "error": "not here" }
          ]
        }
        """;

    [Fact]
    public void Parse_CollectorManifest_GivesTimesStatesAndLocations()
    {
        var bag = new InputDiagnosticBag();
        var manifest = ManifestReader.Parse("run1/manifest.json", SourceFile.FromText("run1/manifest.json", Manifest), bag)!;

        Assert.Empty(bag.ToList());
        Assert.Equal("run1/", manifest.Directory);
        Assert.Equal(new DateTimeOffset(2014, 6, 20, 10, 15, 0, TimeSpan.FromHours(-7)), manifest.StartTime);
        Assert.Equal([ManifestCommandState.Succeeded, ManifestCommandState.Failed, ManifestCommandState.ReturnedNothing, ManifestCommandState.NotAvailable], manifest.Commands.Select(c => c.State));
        Assert.Equal(9, manifest.Commands[1].Location.Line);
    }

    [Fact]
    public void ToCollectionRecords_FailedAndEmpty_AreRecordedNotAvailableIsNot()
    {
        var manifest = ManifestReader.Parse("manifest.json", SourceFile.FromText("manifest.json", Manifest), new InputDiagnosticBag())!;

        var records = manifest.ToCollectionRecords().ToList();

        Assert.Equal(2, records.Count);
        Assert.Equal(new CollectionRecord("Get-OwaMailboxPolicy", "manifest.json", CollectionState.Failed, 0, manifest.Commands[1].Location, "Access is denied."), records[0]);
        Assert.Equal(CollectionState.CollectedEmpty, records[1].State);
    }

    [Fact]
    public void Parse_NotJson_IsOneParseErrorWithLocation()
    {
        var bag = new InputDiagnosticBag();

        Assert.Null(ManifestReader.Parse("manifest.json", SourceFile.FromText("manifest.json", "{\n  \"commands\": [ oops ]\n}"), bag));
        var diagnostic = Assert.Single(bag.ToList());
        Assert.Equal(InputDiagnosticIds.ParseError, diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.Line);
    }

    [Fact]
    public void Parse_JsonWithoutCommands_IsIgnoredWithParseError()
    {
        var bag = new InputDiagnosticBag();

        Assert.Null(ManifestReader.Parse("manifest.json", SourceFile.FromText("manifest.json", "{ \"name\": \"something else\" }"), bag));
        Assert.Equal(InputDiagnosticIds.ParseError, Assert.Single(bag.ToList()).Id);
    }

    [Fact]
    public void Analyze_ManifestFailedCommand_Lxa0905SaysCollectedFailedWithError()
    {
        var healthy = Repository.Fixture("scenarios", "lync-server-healthy");
        using var set = new DumpSetBuilder()
            .Add("Get-CsPool.txt", File.ReadAllBytes(Path.Combine(healthy, "Get-CsPool.txt")))
            .Add("Get-OwaVirtualDirectory.txt", File.ReadAllBytes(Path.Combine(healthy, "Get-OwaVirtualDirectory.txt")))
            .Add("manifest.json", Manifest);

        var result = set.Analyze();

        Assert.Equal(new DateTimeOffset(2014, 6, 20, 10, 15, 0, TimeSpan.FromHours(-7)), result.Deployment.CollectionTime);
        Assert.Equal(CollectionState.Failed, result.Deployment.StateOf("Get-OwaMailboxPolicy"));
        Assert.Equal(CollectionState.CollectedEmpty, result.Deployment.StateOf("Get-UMDialPlan"));
        Assert.Contains(result.Diagnostics, d => d.Id == "LXA0905" && d.Message.Contains("LXA0302", StringComparison.Ordinal)
            && d.Message.Contains("Get-OwaMailboxPolicy collected, failed: Access is denied.", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "LXA0907");
    }

    [Fact]
    public void Analyze_CollectorFolder_ReadsEachCmdletOnceNotTwice()
    {
        var result = LyncExchange.Analyzer.Analysis.AnalysisEngine.Run(new LyncExchange.Analyzer.Analysis.AnalysisOptions { Paths = [Repository.Fixture("scenarios", "lync-server-healthy")] });

        Assert.Equal(2, result.Deployment.All<OwaVirtualDirectory>().Count());
        Assert.Contains(result.Files, f => f.Path is "Get-OwaVirtualDirectory.xml" or "Get-OwaVirtualDirectory.txt" && f.DecidedBy!.StartsWith("manifest: same objects as", StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.Path == "manifest.json" && f.Format == LyncExchange.Analyzer.Formats.DumpFormat.Manifest);
    }
}
