using System.IO.Compression;
using System.Text.Json;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Collector;

/// <summary>
/// The real collector, unchanged, under pwsh over each scenario's stubs: it reproduces the committed corpus byte for
/// byte, strips SerializationData, records the deliberately failing cmdlets in the manifest, and zips its folder.
/// </summary>
public sealed class CollectorScenarioRunTests : IClassFixture<CollectorScenarioRunTests.RenderedCorpus>
{
    private static readonly string[] HandWritten = ["EXPECTED.md", "expected.json"];
    private readonly RenderedCorpus _rendered;

    public CollectorScenarioRunTests(RenderedCorpus rendered) => _rendered = rendered;

    public static TheoryData<string> Scenarios => [.. ScenarioNames()];

    [PwshFact]
    public void Collector_OverEveryScenario_ReproducesCommittedCorpusByteForByte()
    {
        Assert.Equal(0, _rendered.Exit);
        foreach (var scenario in ScenarioNames())
        {
            var committed = Path.Combine(Repository.Fixtures, "scenarios", scenario);
            var fresh = Path.Combine(_rendered.Root, scenario);
            var expectedFiles = Files(committed).Where(f => !HandWritten.Contains(f)).ToList();

            Assert.Equal(expectedFiles, Files(fresh));
            foreach (var file in expectedFiles)
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(committed, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(fresh, file))),
                    $"fixtures/scenarios/{scenario}/{file} differs from the collector's output; run fixtures/collector/render-scenarios.ps1");
            }
        }
    }

    [PwshFact]
    public void Collector_Output_NeverContainsSerializationData()
    {
        Assert.Equal(0, _rendered.Exit);
        foreach (var file in Directory.EnumerateFiles(_rendered.Root, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("SerializationData", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [PwshFact]
    public void Collector_FailingCmdlet_IsRecordedInManifestWithErrorText()
    {
        var certificate = Command("lync-server-broken", "Get-CsCertificate");
        var pool = Command("hybrid-broken", "Get-CsTrustedApplicationPool");

        Assert.Equal("failed", certificate.GetProperty("state").GetString());
        Assert.StartsWith("Access is denied.", certificate.GetProperty("error").GetString());
        Assert.Equal(0, certificate.GetProperty("files").GetArrayLength());
        Assert.Equal("failed", pool.GetProperty("state").GetString());
        Assert.Contains("Central Management Store", pool.GetProperty("error").GetString());
    }

    [PwshFact]
    public void Collector_ShellsAbsent_RecordsNotAvailableAndStillFinishes()
    {
        var online = Manifest("lync-online-healthy");
        var states = online.GetProperty("commands").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()! + "|" + c.GetProperty("server").ToString(), c => c.GetProperty("state").GetString());

        Assert.False(online.GetProperty("lyncShell").GetBoolean());
        Assert.DoesNotContain(states.Keys, k => k.StartsWith("Get-Cs", StringComparison.Ordinal));
        Assert.Equal("succeeded", states["ldifde|"]);
        Assert.Equal("succeeded", states["Export-DnsServerZone|contoso.com"]);
        Assert.Equal("returned nothing", states["Get-UMDialPlan|"]);
        Assert.Equal("2014-06-20T10:15:00.0000000-07:00", online.GetProperty("startTime").GetString());
    }

    [PwshFact]
    public void Collector_RunWithZip_ZipsExactlyItsFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), $"lxa-collector-zip-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        try
        {
            var output = Path.Combine(root, "dump");
            var command =
                "Import-Module ./fixtures/collector/stubs/LyncExchangeStubs.psm1; " +
                $"Use-StubScenario -Path ./fixtures/collector/scenarios/lync-server-healthy.ps1 -SystemRoot '{Path.Combine(root, "Windows")}'; " +
                $"& ./src/LyncExchange.Analyzer.Cli/Collector/Collect-LyncExchangeDump.ps1 -OutputDirectory '{output}' 6>$null | Out-Null";
            var (exit, _, error) = Pwsh.Run(TimeSpan.FromMinutes(5), "-Command", command);

            Assert.True(exit == 0, error);
            using var zip = ZipFile.OpenRead(output + ".zip");
            Assert.Equal(Files(output), zip.Entries.Select(e => e.FullName.Replace('\\', '/')).Where(n => !n.EndsWith('/')).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private JsonElement Manifest(string scenario) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(_rendered.Root, scenario, "manifest.json"))).RootElement;

    private JsonElement Command(string scenario, string name) =>
        Manifest(scenario).GetProperty("commands").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    internal static IEnumerable<string> ScenarioNames() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Fixtures, "collector", "scenarios"), "*.ps1")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>Renders every scenario once (about ten seconds) for all tests of this class.</summary>
    public sealed class RenderedCorpus : IDisposable
    {
        public RenderedCorpus()
        {
            Root = Path.Combine(Path.GetTempPath(), $"lxa-scenarios-{Guid.NewGuid():N}");
            if (Pwsh.WhyUnavailable is null)
            {
                (Exit, _, Error) = Pwsh.Run(TimeSpan.FromMinutes(10), "-File", "fixtures/collector/render-scenarios.ps1", "-OutputRoot", Root);
            }
        }

        public string Root { get; }

        public int Exit { get; } = -1;

        public string Error { get; } = string.Empty;

        public void Dispose()
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
    }
}
