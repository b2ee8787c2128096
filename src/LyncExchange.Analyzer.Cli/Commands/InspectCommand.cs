using System.Collections;
using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Cli.Commands;

/// <summary>
/// <c>lxa inspect &lt;paths…&gt; [--format text|json]</c>: what the analyzer understood, so a support engineer can
/// check it before trusting a finding — each file's format, encoding, cmdlet and how that was decided, every bound
/// record with its properties, and the input diagnostics. Property values are read from the typed records (by
/// reflection, for display only) and written in the invariant culture, sorted, so the output is deterministic.
/// </summary>
internal static class InspectCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CliOptions.Paths();
        var format = CliOptions.Format("text", "json");
        var culture = CliOptions.SourceCulture();
        var command = new Command("inspect", "Show how each file was read and every record bound from it.") { paths, format, culture };
        command.SetAction(parse =>
        {
            CultureInfo sourceCulture;
            try
            {
                sourceCulture = CultureInfo.GetCultureInfo(parse.GetValue(culture)!, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                stderr.WriteLine($"lxa: unknown culture '{parse.GetValue(culture)}'.");
                return ExitCodes.InputError;
            }

            var inputs = parse.GetValue(paths) ?? [];
            var missing = inputs.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
            if (missing is not null)
            {
                stderr.WriteLine($"lxa: '{missing}' does not exist.");
                return ExitCodes.InputError;
            }

            try
            {
                var result = AnalysisEngine.Run(new AnalysisOptions { Paths = [.. inputs], SourceCulture = sourceCulture });
                var report = Build(result);
                if (parse.GetValue(format) == "json")
                {
                    WriteJson(report, stdout);
                }
                else
                {
                    WriteText(report, stdout);
                }

                stdout.Flush();
                return result.NothingReadable ? ExitCodes.InputError : ExitCodes.Clean;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                stderr.WriteLine($"lxa: unexpected failure ({ex.GetType().Name}: {ex.Message}). This is a bug; please report it with the command line you ran.");
                return ExitCodes.UnexpectedFailure;
            }
        });
        return command;
    }

    internal static InspectReport Build(AnalysisResult result)
    {
        var files = result.Files
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => new InspectFile(f.Path, f.Format.ToString(), f.Encoding, f.Cmdlet, f.DecidedBy))
            .ToList();
        var records = result.Deployment.Records
            .Select(r => new InspectRecord(r.GetType().Name, r.Source.Cmdlet, r.ObjectIdentity, r.Source.Location, PropertiesOf(r)))
            .OrderBy(r => r.Location.Path, StringComparer.Ordinal)
            .ThenBy(r => r.Location.Line)
            .ThenBy(r => r.Location.Column)
            .ThenBy(r => r.Type, StringComparer.Ordinal)
            .ToList();
        var diagnostics = result.Diagnostics
            .Where(d => d.Id.StartsWith("LXA09", StringComparison.Ordinal))
            .ToList();
        return new InspectReport(files, records, diagnostics);
    }

    /// <summary>The record's properties that the dump had, by name, in ordinal order.</summary>
    private static SortedDictionary<string, object?> PropertiesOf(IDumpRecord record)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var type = record.GetType();
        foreach (var name in record.Source.PresentProperties)
        {
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || property.GetIndexParameters().Length > 0 || values.ContainsKey(property.Name))
            {
                continue;
            }

            values[property.Name] = Display(property.GetValue(record));
        }

        return values;
    }

    private static object? Display(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b,
        int or long or double => value,
        DateTime d => d.ToString("o", CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => items.Cast<object?>().Select(Display).ToList(),
        _ => value.ToString(),
    };

    private static void WriteJson(InspectReport report, TextWriter output)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteString("format", file.Format);
                json.WriteString("encoding", file.Encoding);
                json.WriteString("cmdlet", file.Cmdlet);
                json.WriteString("decidedBy", file.DecidedBy);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("records");
            foreach (var record in report.Records)
            {
                json.WriteStartObject();
                json.WriteString("type", record.Type);
                json.WriteString("cmdlet", record.Cmdlet);
                json.WriteString("identity", record.Identity);
                WriteLocation(json, record.Location);
                json.WriteStartObject("properties");
                foreach (var (name, value) in record.Properties)
                {
                    json.WritePropertyName(name);
                    WriteValue(json, value);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", diagnostic.Id);
                json.WriteString("severity", diagnostic.Severity.ToName());
                json.WriteString("message", diagnostic.Message);
                WriteLocation(json, diagnostic.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal));
        output.Write('\n');
    }

    private static void WriteLocation(Utf8JsonWriter json, DumpLocation location)
    {
        json.WriteStartObject("location");
        json.WriteString("uri", location.Path);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case List<object?> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteText(InspectReport report, TextWriter output)
    {
        output.Write("Files\n");
        foreach (var file in report.Files)
        {
            var cmdlet = file.Cmdlet is null ? "no cmdlet" : $"{file.Cmdlet} (by {file.DecidedBy})";
            output.Write($"  {file.Path}: {file.Format}, {file.Encoding}, {cmdlet}\n");
        }

        output.Write($"\nRecords ({report.Records.Count.ToString(CultureInfo.InvariantCulture)})\n");
        foreach (var record in report.Records)
        {
            output.Write($"  {record.Type} {record.Identity} [{record.Cmdlet}] at {record.Location.Path}({record.Location.Line.ToString(CultureInfo.InvariantCulture)},{record.Location.Column.ToString(CultureInfo.InvariantCulture)})\n");
            foreach (var (name, value) in record.Properties)
            {
                output.Write($"    {name} = {Format(value)}\n");
            }
        }

        output.Write($"\nDiagnostics ({report.Diagnostics.Count.ToString(CultureInfo.InvariantCulture)})\n");
        foreach (var diagnostic in report.Diagnostics)
        {
            output.Write($"  {diagnostic.Location.Path}({diagnostic.Location.Line.ToString(CultureInfo.InvariantCulture)},{diagnostic.Location.Column.ToString(CultureInfo.InvariantCulture)}): {diagnostic.Severity.ToName()} {diagnostic.Id}: {diagnostic.Message}\n");
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "(null)",
        bool b => b ? "True" : "False",
        List<object?> list => "{" + string.Join(", ", list.Select(Format)) + "}",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}

internal sealed record InspectReport(List<InspectFile> Files, List<InspectRecord> Records, List<Diagnostic> Diagnostics);

internal sealed record InspectFile(string Path, string Format, string Encoding, string? Cmdlet, string? DecidedBy);

internal sealed record InspectRecord(string Type, string? Cmdlet, string Identity, DumpLocation Location, SortedDictionary<string, object?> Properties);
