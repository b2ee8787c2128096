using System.Text;
using System.Text.RegularExpressions;
using LyncExchange.Analyzer.Analysis.Redaction;
using LyncExchange.Analyzer.Reporting;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Tests.Reporting;

public sealed partial class RedactionTests
{
    /// <summary>
    /// Every domain, host, server name, GUID, thumbprint and IP of the fixture, read from its text with
    /// Format-List's wrapped values joined again, independently of the redactor's own patterns.
    /// </summary>
    private static HashSet<string> FixtureIdentifiers()
    {
        var identifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "contoso" };
        foreach (var file in Directory.EnumerateFiles(ReportFixture.OwaImMisconfigured, "*.txt", SearchOption.AllDirectories))
        {
            var text = SourceFile.Decode(file, File.ReadAllBytes(file)).Text.ReplaceLineEndings("\n");
            var joined = Continuation().Replace(text, string.Empty);
            foreach (Match m in Fqdn().Matches(joined))
            {
                identifiers.Add(m.Value);
            }

            foreach (Match m in Guid().Matches(joined))
            {
                identifiers.Add(m.Value);
            }

            foreach (Match m in Hex40().Matches(joined))
            {
                identifiers.Add(m.Value);
            }

            foreach (Match m in ServerName().Matches(joined))
            {
                identifiers.Add(m.Groups[1].Value);
            }
        }

        // "Default" is the name Exchange gives its built-in OWA mailbox policy in every organisation, not the customer's.
        identifiers.Remove("Default");
        return identifiers;
    }

    [Fact]
    public void Redact_EveryOutputFormat_LeaksNoFixtureIdentifier()
    {
        var identifiers = FixtureIdentifiers();
        Assert.Contains("ex01.contoso.com", identifiers);
        Assert.Contains("EX01", identifiers);
        Assert.Contains("0e6b2c4d-8f1a-4b3c-9d5e-7a6b5c4d3e2f", identifiers);
        Assert.Contains("C2A5E8F1B3D4967A0E1F2B3C4D5E6F708192A3B4", identifiers);

        var report = ReportFixture.Build(ReportFixture.OwaImMisconfigured, redact: true);
        foreach (var writer in ReportFixture.AllWriters())
        {
            var output = WithoutRuleDocumentation(writer.FormatName, ReportFixture.Render(writer, report));
            foreach (var identifier in identifiers)
            {
                Assert.False(output.Contains(identifier, StringComparison.OrdinalIgnoreCase), $"{writer.FormatName} output contains '{identifier}'");
            }
        }

        using var map = new MemoryStream();
        report.Redactor!.WriteMap(map);
        var mapText = Encoding.UTF8.GetString(map.ToArray());
        Assert.Contains("\"original\": \"contoso.com\"", mapText, StringComparison.Ordinal);
    }

    /// <summary>Rule pages are the tool's own text (their examples use Microsoft's sample names), not customer data.</summary>
    private static string WithoutRuleDocumentation(string format, string output)
    {
        if (format != "sarif")
        {
            return output;
        }

        var log = System.Text.Json.Nodes.JsonNode.Parse(output)!;
        log["runs"]![0]!["tool"]!["driver"]!["rules"] = null;
        return log.ToJsonString();
    }

    [Fact]
    public void Redact_SnippetsAndMessages_UseTheSamePseudonyms()
    {
        using var dumps = new ScratchDumpSet();
        dumps.Write("Get-OwaVirtualDirectory.txt", SampleDumps.OwaVirtualDirectory("EX01", @"EX01\owa (Default Web Site)"));
        dumps.WriteLyncPool();
        dumps.Write("Get-ExchangeServer.txt", "\nName     : EX01\nFqdn     : ex01.contoso.com\nDomain   : contoso.com\n\n");
        var report = ReportFixture.Build(dumps.Root, redact: true);
        var finding = report.Findings.Single(f => f.Diagnostic.Id == "LXA0301");
        var host = Regex.Match(finding.Diagnostic.LogicalLocation!, @"^OwaVirtualDirectory:(host\d+)\\owa \(Default Web Site\)$").Groups[1].Value;
        Assert.NotEmpty(host);
        Assert.Contains($"'{host}\\owa (Default Web Site)'", finding.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains($"-Identity '{host}\\owa (Default Web Site)'", finding.Diagnostic.Properties["fix"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("federation with sipfed.online.lync.com and webdir.online.lync.com")]
    [InlineData("partner 00000002-0000-0ff1-ce00-000000000000 and 00000004-0000-0ff1-ce00-000000000000")]
    [InlineData("issuer accounts.accesscontrol.windows.net, autodiscover exap.um.outlook.com")]
    [InlineData("see https://support.microsoft.com/help/2614242 and https://learn.microsoft.com/exchange")]
    [InlineData("files Get-OwaVirtualDirectory.txt, README.md, render.ps1")]
    public void Redact_WellKnownNames_StayClear(string text)
    {
        Assert.Equal(text, new Redactor().Redact(text));
    }

    [Fact]
    public void Redact_Identifiers_GetStablePseudonymsPerKind()
    {
        var redactor = new Redactor();
        var text = "sip:kmyer@contoso.com on pool01.contoso.com (10.1.2.3), app 3f6b1c2d-8e4a-4d7b-9c1e-2a5f7b8c9d01, cert C2A5E8F1B3D4967A0E1F2B3C4D5E6F708192A3B4";
        var once = redactor.Redact(text);
        Assert.Equal(
            "sip:user1@domain1.example on host1.domain1.example (192.0.2.1), app 00000000-0000-0000-0000-000000000001, cert THUMBPRINT0001",
            once);
        Assert.Equal(once, redactor.Redact(text));
        Assert.Equal("user1 and host1.domain1.example", redactor.Redact("KMYER and POOL01.CONTOSO.COM"));
    }

    [Fact]
    public void Redact_WrappedHexFragments_AreMasked()
    {
        var redactor = new Redactor();
        Assert.Equal("Guid : REDACTED", redactor.Redact("Guid : 0e6b2c4d-8f1a-4b3c-9d5e-7a"));
        Assert.Equal("       REDACTED", redactor.Redact("       5E6F708192A3B4"));
        Assert.Equal("Build 1497.2", redactor.Redact("Build 1497.2"));
    }

    [GeneratedRegex(@"\n {20,}")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"(?<![\w.-])(?:[A-Za-z0-9-]+\.)+(?:com|net|org|local)(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex Fqdn();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"(?<![0-9A-Fa-f])[0-9A-Fa-f]{40}(?![0-9A-Fa-f])")]
    private static partial Regex Hex40();

    [GeneratedRegex(@"^(?:Name|Server|ServerName)\s+: ([A-Za-z0-9-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ServerName();
}
