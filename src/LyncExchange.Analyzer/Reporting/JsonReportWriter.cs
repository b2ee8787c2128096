using System.Globalization;
using System.Text.Json;
using LyncExchange.Analyzer.Analysis.Configuration;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>
/// The report as plain JSON for scripts (<c>jq</c>, PowerShell <c>ConvertFrom-Json</c>). The schema is documented
/// in <c>Reporting/README.md</c>; <see cref="SchemaVersion"/> changes whenever a field is renamed or removed.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const string SchemaVersion = "1";

    public string FormatName => "json";

    public void Write(Report report, TextWriter output) => JsonOutput.Write(output, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("schemaVersion", SchemaVersion);
        writer.WriteStartObject("tool");
        writer.WriteString("name", report.Tool.Name);
        writer.WriteString("version", report.Tool.SemanticVersion);
        writer.WriteEndObject();

        writer.WriteStartObject("dumpSet");
        writer.WriteString("root", report.RootName);
        writer.WriteBoolean("redacted", report.IsRedacted);
        writer.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            writer.WriteStartObject();
            writer.WriteString("path", file.Path);
            writer.WriteString("format", file.Format.ToString());
            writer.WriteString("encoding", file.Encoding);
            writer.WriteString("cmdlet", file.Cmdlet);
            writer.WriteString("cmdletDecidedBy", file.DecidedBy);
            writer.WriteNumber("objectCount", file.ObjectCount);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartObject("scenario");
        writer.WriteString("name", report.Scenario.Scenario);
        writer.WriteBoolean("overridden", report.Scenario.IsOverridden);
        writer.WriteString("conflict", report.Scenario.Conflict);
        writer.WriteStartArray("signals");
        foreach (var signal in report.Scenario.Signals)
        {
            writer.WriteStartObject();
            writer.WriteString("id", signal.Id);
            writer.WriteString("description", signal.Description);
            writer.WriteString("location", signal.Location);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartObject("configuration");
        writer.WriteStartArray("sources");
        foreach (var source in report.ConfigurationSources)
        {
            writer.WriteStringValue(source);
        }

        writer.WriteEndArray();
        writer.WriteString("baseline", report.BaselinePath);
        writer.WriteSettings("settings", report.Configuration);
        writer.WriteEndObject();

        writer.WriteStartObject("summary");
        foreach (var severity in new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info, DiagnosticSeverity.Hidden })
        {
            writer.WriteNumber(severity.ToName(), report.Count(severity));
        }

        writer.WriteNumber("suppressed", report.SuppressedCount);
        writer.WriteNumber("absent", report.Absent.Length);
        writer.WriteEndObject();

        writer.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("absent");
        foreach (var absent in report.Absent)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", absent.RuleId);
            writer.WriteString("level", absent.Level);
            writer.WriteString("message", absent.Message);
            writer.WriteString("logicalLocation", absent.LogicalLocation);
            writer.WriteString("fingerprint", absent.Fingerprint);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteFinding(Utf8JsonWriter writer, ReportFinding finding)
    {
        var d = finding.Diagnostic;
        writer.WriteStartObject();
        writer.WriteString("ruleId", d.Id);
        writer.WriteString("title", d.Descriptor.Title);
        writer.WriteString("category", d.Descriptor.Category.ToString());
        writer.WriteString("severity", d.Severity.ToName());
        writer.WriteString("message", d.Message);
        WriteLocation(writer, "location", d.Location);
        writer.WriteString("snippet", finding.Snippet?.Text);
        writer.WriteString("logicalLocation", d.LogicalLocation);
        writer.WriteStartArray("relatedLocations");
        for (var i = 0; i < d.RelatedLocations.Length; i++)
        {
            writer.WriteStartObject();
            WriteLocation(writer, "location", d.RelatedLocations[i].Location);
            writer.WriteString("message", d.RelatedLocations[i].Message);
            writer.WriteString("snippet", finding.RelatedSnippets[i]?.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("fix", d.Properties.GetValueOrDefault("fix"));
        writer.WriteStartObject("properties");
        foreach (var (key, value) in d.Properties)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
        writer.WriteString("helpUri", d.Descriptor.HelpUri.Length == 0 ? null : d.Descriptor.HelpUri);
        writer.WriteString("fingerprint", finding.Fingerprint);
        writer.WriteString("valueHash", finding.ValueHash);
        writer.WriteString("baselineState", finding.BaselineState?.ToString().ToLowerInvariant());
        if (finding.Suppression is { } s)
        {
            writer.WriteStartObject("suppression");
            writer.WriteString("justification", s.Justification);
            writer.WriteString("author", s.Author);
            writer.WriteString("ticket", s.Ticket);
            writer.WriteString("expires", s.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("valueHash", s.ValueHash);
            WriteLocation(writer, "location", s.Location);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("suppression");
        }

        writer.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter writer, string name, DumpLocation location)
    {
        if (location.IsNone)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("path", location.Path);
        writer.WriteNumber("line", location.Line);
        writer.WriteNumber("column", location.Column);
        writer.WriteNumber("endLine", location.EndLine);
        writer.WriteNumber("endColumn", location.EndColumn);
        writer.WriteEndObject();
    }
}
