using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>
/// The JSON writer settings shared by the SARIF and JSON reports: indented, LF line ends on every OS, non-ASCII
/// kept readable (these files are never inlined into HTML, where the relaxed escaping would matter).
/// </summary>
internal static class JsonOutput
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    public static void WriteStringIfNotNull(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>The effective configuration, one object per setting with where it came from; JSON and SARIF share it.</summary>
    public static void WriteSettings(this Utf8JsonWriter writer, string name, IEnumerable<Analysis.Configuration.ConfigurationSetting> settings)
    {
        writer.WriteStartArray(name);
        foreach (var setting in settings)
        {
            writer.WriteStartObject();
            writer.WriteString("key", setting.Key);
            writer.WriteString("value", setting.Value);
            writer.WriteString("source", setting.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
