using System.Globalization;
using System.Text.Json;
using LyncExchange.Analyzer.Analysis.Configuration;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>
/// SARIF 2.1.0, one run: the full rule catalog (enabled or not) with the offline help, every finding with its
/// region, quoted snippet, related and logical locations, our own line-independent fingerprint, the fix, and
/// <c>suppressions</c> (empty when not suppressed, §3.27.23). Paths are relative to <c>SRCROOT</c>, whose absolute
/// location is deliberately left out: it is the engineer's machine and would make the log differ per checkout.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string UriBaseId = "SRCROOT";

    public string FormatName => "sarif";

    public void Write(Report report, TextWriter output) => JsonOutput.Write(output, writer => Write(report, writer));

    private static void Write(Report report, Utf8JsonWriter writer)
    {
        var rules = RuleCatalog.Descriptors.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.OrdinalIgnoreCase);
        var artifactIndex = report.Files.Select((f, i) => (f.Path, i)).ToDictionary(p => p.Path, p => p.i, StringComparer.Ordinal);

        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();

        WriteTool(writer, report.Tool, rules);
        WriteInvocation(writer, report);
        writer.WriteStartObject("originalUriBaseIds");
        writer.WriteStartObject(UriBaseId);
        writer.WriteStartObject("description");
        writer.WriteString("text", $"The dump set folder '{report.RootName}' that was analysed; result paths are relative to it.");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartArray("artifacts");
        foreach (var file in report.Files)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("location");
            writer.WriteString("uri", ToUri(file.Path));
            writer.WriteString("uriBaseId", UriBaseId);
            writer.WriteEndObject();
            if (SarifEncoding(file.Encoding) is { } encoding)
            {
                writer.WriteString("encoding", encoding);
            }

            writer.WriteStartObject("properties");
            writer.WriteString("format", file.Format.ToString());
            writer.WriteString("detectedEncoding", file.Encoding);
            writer.WriteStringIfNotNull("cmdlet", file.Cmdlet);
            writer.WriteStringIfNotNull("cmdletDecidedBy", file.DecidedBy);
            writer.WriteNumber("objectCount", file.ObjectCount);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("results");
        foreach (var finding in report.Findings)
        {
            WriteResult(writer, finding, ruleIndex, artifactIndex);
        }

        foreach (var absent in report.Absent)
        {
            WriteAbsent(writer, absent, ruleIndex);
        }

        writer.WriteEndArray();
        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter writer, ToolInfo tool, List<RuleDescriptor> rules)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", tool.Name);
        writer.WriteString("fullName", tool.FullName);
        writer.WriteString("version", tool.SemanticVersion);
        writer.WriteString("semanticVersion", tool.SemanticVersion);
        writer.WriteString("informationUri", tool.InformationUri);
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", RuleHelp.Name(rule));
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", rule.Title);
            writer.WriteEndObject();
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", RuleHelp.FullDescription(rule));
            writer.WriteEndObject();
            var help = RuleHelp.Markdown(rule);
            writer.WriteStartObject("help");
            writer.WriteString("text", help);
            writer.WriteString("markdown", help);
            writer.WriteEndObject();
            if (Uri.TryCreate(rule.HelpUri, UriKind.Absolute, out _))
            {
                writer.WriteString("helpUri", rule.HelpUri);
            }

            writer.WriteStartObject("defaultConfiguration");
            writer.WriteBoolean("enabled", rule.DefaultSeverity != DiagnosticSeverity.None);
            writer.WriteString("level", SarifLevels.Of(rule.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("category", rule.Category.ToString());
            writer.WriteString("precision", RuleHelp.Precision(rule));
            writer.WriteString("scenarios", rule.Scenarios);
            writer.WriteStartArray("tags");
            foreach (var tag in rule.Tags.Append(rule.Category.ToString()).Distinct(StringComparer.Ordinal))
            {
                writer.WriteStringValue(tag);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter writer, Report report)
    {
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", !report.Result.NothingReadable);
        writer.WriteStartObject("properties");
        writer.WriteBoolean("redacted", report.IsRedacted);
        writer.WriteStringIfNotNull("baseline", report.BaselinePath);
        writer.WriteStartArray("configurationSources");
        foreach (var source in report.ConfigurationSources)
        {
            writer.WriteStringValue(source);
        }

        writer.WriteEndArray();
        writer.WriteSettings("effectiveConfiguration", report.Configuration);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter writer, ReportFinding finding, Dictionary<string, int> ruleIndex, Dictionary<string, int> artifactIndex)
    {
        var diagnostic = finding.Diagnostic;
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex.TryGetValue(diagnostic.Id, out var index))
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteString("level", SarifLevels.Of(diagnostic.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", diagnostic.Message);
        writer.WriteEndObject();

        writer.WriteStartArray("locations");
        if (!diagnostic.Location.IsNone || diagnostic.LogicalLocation is not null)
        {
            writer.WriteStartObject();
            if (!diagnostic.Location.IsNone)
            {
                WritePhysicalLocation(writer, diagnostic.Location, finding.Snippet, artifactIndex);
            }

            if (diagnostic.LogicalLocation is { } logical)
            {
                WriteLogicalLocations(writer, logical);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        if (!diagnostic.RelatedLocations.IsEmpty)
        {
            writer.WriteStartArray("relatedLocations");
            for (var i = 0; i < diagnostic.RelatedLocations.Length; i++)
            {
                var related = diagnostic.RelatedLocations[i];
                writer.WriteStartObject();
                writer.WriteNumber("id", i + 1);
                WritePhysicalLocation(writer, related.Location, finding.RelatedSnippets[i], artifactIndex);
                writer.WriteStartObject("message");
                writer.WriteString("text", related.Message);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(FindingIdentity.FingerprintKey, finding.Fingerprint);
        writer.WriteEndObject();

        if (finding.BaselineState is { } state)
        {
            writer.WriteString("baselineState", BaselineName(state));
        }

        writer.WriteStartArray("suppressions");
        if (finding.Suppression is { } suppression)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", "external");
            writer.WriteString("status", "accepted");
            writer.WriteString("justification", suppression.Justification);
            writer.WriteStartObject("location");
            WritePhysicalLocation(writer, suppression.Location, null, artifactIndex);
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteStringIfNotNull("author", suppression.Author);
            writer.WriteStringIfNotNull("ticket", suppression.Ticket);
            writer.WriteStringIfNotNull("expires", suppression.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteStringIfNotNull("valueHash", suppression.ValueHash);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartObject("properties");
        writer.WriteString("category", diagnostic.Descriptor.Category.ToString());
        writer.WriteString("valueHash", finding.ValueHash);
        foreach (var (key, value) in diagnostic.Properties)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteAbsent(Utf8JsonWriter writer, BaselineFinding absent, Dictionary<string, int> ruleIndex)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", absent.RuleId);
        if (ruleIndex.TryGetValue(absent.RuleId, out var index))
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteString("level", absent.Level is "error" or "warning" or "note" or "none" ? absent.Level : "warning");
        writer.WriteStartObject("message");
        writer.WriteString("text", absent.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        if (absent.LogicalLocation is { } logical)
        {
            writer.WriteStartObject();
            WriteLogicalLocations(writer, logical);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(FindingIdentity.FingerprintKey, absent.Fingerprint);
        writer.WriteEndObject();
        writer.WriteString("baselineState", "absent");
        writer.WriteStartArray("suppressions");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteLogicalLocations(Utf8JsonWriter writer, string logical)
    {
        writer.WriteStartArray("logicalLocations");
        writer.WriteStartObject();
        var colon = logical.IndexOf(':', StringComparison.Ordinal);
        writer.WriteString("name", colon > 0 ? logical[(colon + 1)..] : logical);
        writer.WriteString("fullyQualifiedName", logical);
        writer.WriteString("kind", "object");
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter writer, DumpLocation location, SourceSnippet? snippet, Dictionary<string, int> artifactIndex)
    {
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", ToUri(location.Path));
        writer.WriteString("uriBaseId", UriBaseId);
        if (artifactIndex.TryGetValue(location.Path, out var index))
        {
            writer.WriteNumber("index", index);
        }

        writer.WriteEndObject();
        if (!SourceLineReader.IsWholeFile(location) && !location.IsNone)
        {
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", location.Line);
            writer.WriteNumber("startColumn", Math.Max(location.Column, 1));
            writer.WriteNumber("endLine", Math.Max(location.EndLine, location.Line));
            writer.WriteNumber("endColumn", Math.Max(location.EndColumn, 1));
            if (snippet is not null)
            {
                writer.WriteStartObject("snippet");
                writer.WriteString("text", snippet.Text);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>A dump-set path as a relative URI reference: each segment percent-encoded, the archive separator kept.</summary>
    public static string ToUri(string path) =>
        string.Join('/', path.Split('/').Select(segment => Uri.EscapeDataString(segment).Replace("%21", "!", StringComparison.Ordinal)));

    private static string? SarifEncoding(string detected) => detected switch
    {
        "utf-8" or "utf-8-bom" => "utf-8",
        "utf-16le" or "utf-16le-bom" => "utf-16LE",
        "utf-16be" or "utf-16be-bom" => "utf-16BE",
        "windows-1252" => "windows-1252",
        _ => null,
    };

    private static string BaselineName(BaselineState state) => state switch
    {
        BaselineState.New => "new",
        BaselineState.Unchanged => "unchanged",
        BaselineState.Updated => "updated",
        _ => "absent",
    };
}
