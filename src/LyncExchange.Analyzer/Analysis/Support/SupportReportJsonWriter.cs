using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LyncExchange.Analyzer.Analysis.Support;

/// <summary>
/// Writes a <see cref="SupportReport"/> as the JSON of RULES.md §D.3: deterministic (users sorted, features in table
/// order, no timestamps), indented with LF line ends, properties that do not apply left out.
/// </summary>
public static class SupportReportJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SupportReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Write(json, report);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    public static void Write(TextWriter output, SupportReport report) => output.Write(Write(report));

    private static void Write(Utf8JsonWriter json, SupportReport report)
    {
        json.WriteStartObject();
        json.WriteString("scenario", report.Scenario);
        json.WriteStartObject("summary");
        json.WriteStartArray("cells");
        foreach (var cell in report.Cells)
        {
            json.WriteStartObject();
            json.WriteString("scenario", cell.Scenario);
            json.WriteString("lyncHome", cell.LyncHome);
            json.WriteString("mailbox", cell.Mailbox);
            json.WriteNumber("users", cell.Users);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("features");
        foreach (var feature in report.Features)
        {
            json.WriteStartObject(feature.Feature.ToString());
            json.WriteNumber("supported", feature.Supported);
            json.WriteNumber("notSupported", feature.NotSupported);
            json.WriteNumber("ok", feature.Ok);
            json.WriteNumber("broken", feature.Broken);
            json.WriteNumber("unknown", feature.Unknown);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("users");
        foreach (var user in report.Users)
        {
            json.WriteStartObject();
            json.WriteString("user", user.User);
            if (user.Sip is not null)
            {
                json.WriteString("sip", user.Sip);
            }

            json.WriteString("lyncHome", user.LyncHome);
            json.WriteString("mailbox", user.Mailbox);
            json.WriteString("scenario", user.Scenario);
            if (user.MatrixSource is not null)
            {
                json.WriteString("matrixSource", user.MatrixSource);
            }

            json.WriteStartObject("features");
            foreach (var feature in user.Features)
            {
                json.WriteStartObject(feature.Feature.ToString());
                json.WriteString("expected", feature.Expected);
                if (feature.Reason is not null)
                {
                    json.WriteString("reason", feature.Reason);
                }

                if (feature.Status is not null)
                {
                    json.WriteString("status", feature.Status);
                }

                WriteList(json, "blockedBy", feature.BlockedBy);
                WriteList(json, "missingEvidence", feature.MissingEvidence);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyCollection<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }
}
