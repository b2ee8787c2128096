using System.Collections.Immutable;
using System.Xml;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.WebConfig;

/// <summary>
/// Reads an OWA <c>web.config</c> (formats.md §1.1): the <c>&lt;appSettings&gt;</c> of the file become one
/// <see cref="DumpObject"/> of type <see cref="TypeName"/> whose properties are the keys — <c>IMServerName</c> and
/// <c>IMCertificateThumbprint</c> are what OWA IM uses on Exchange 2013 — in the order ASP.NET applies them
/// (<c>&lt;remove&gt;</c> and <c>&lt;clear/&gt;</c> honoured; for a duplicated key the last value wins and the
/// duplicate is reported). Which server the file belongs to is the resolver's business (folder or file-name prefix).
/// </summary>
public sealed class WebConfigReader : IDumpReader
{
    public const string TypeName = "LyncExchange.Analyzer.OwaWebConfig";

    public DumpFormat Format => DumpFormat.WebConfig;

    public IEnumerable<DumpObject> Read(DumpEntry entry, ReaderContext context)
    {
        var settings = new List<DumpProperty>();
        var path = entry.RelativePath;
        var rootLocation = DumpLocation.WholeFile(path);
        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreWhitespace = true,
                MaxCharactersFromEntities = 1024,
            });
            var info = (IXmlLineInfo)reader;
            long nodes = 0;
            while (reader.Read())
            {
                if (++nodes > context.Limits.MaxXmlNodes)
                {
                    Report(context, DumpLocation.OnLine(path, info.LineNumber, 1, 1), $"more than {context.Limits.MaxXmlNodes:N0} XML nodes; the rest of the file is not read");
                    break;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth == 0)
                {
                    rootLocation = DumpLocation.OnLine(path, info.LineNumber, Math.Max(1, info.LinePosition - 1), reader.LocalName.Length + 1);
                    if (reader.LocalName != "configuration")
                    {
                        Report(context, rootLocation, $"the root element is '{reader.LocalName}', not 'configuration'; this is not a web.config");
                        return [];
                    }
                }

                if (reader.Depth > context.Limits.MaxXmlDepth)
                {
                    Report(context, DumpLocation.OnLine(path, info.LineNumber, 1, 1), $"XML nested deeper than {context.Limits.MaxXmlDepth} levels; the rest of the file is not read");
                    break;
                }

                if (reader.LocalName == "appSettings" && !reader.IsEmptyElement)
                {
                    ReadAppSettings(reader, info, path, settings, context);
                }
            }
        }
        catch (XmlException ex)
        {
            Report(context, DumpLocation.OnLine(path, Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition), 1), $"the XML is not well-formed, reading stopped here: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DumpLimitExceededException or InvalidOperationException or System.Text.DecoderFallbackException)
        {
            Report(context, DumpLocation.WholeFile(path), $"file could not be read: {ex.Message}");
        }

        return
        [
            new DumpObject
            {
                SourcePath = path,
                Location = rootLocation,
                TypeNames = [TypeName],
                Properties = [.. settings],
            },
        ];
    }

    private static void ReadAppSettings(XmlReader reader, IXmlLineInfo info, string path, List<DumpProperty> settings, ReaderContext context)
    {
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1)
            {
                continue;
            }

            var location = DumpLocation.OnLine(path, info.LineNumber, Math.Max(1, info.LinePosition - 1), reader.LocalName.Length + 1);
            var key = reader.GetAttribute("key");
            switch (reader.LocalName)
            {
                case "clear":
                    settings.Clear();
                    break;
                case "remove" when key is not null:
                    settings.RemoveAll(s => string.Equals(s.Name, key, StringComparison.OrdinalIgnoreCase));
                    break;
                case "add" when key is not null:
                    var value = reader.GetAttribute("value");
                    var valueLocation = ValueLocation(reader, info, path) ?? location;
                    var existing = settings.FindIndex(s => string.Equals(s.Name, key, StringComparison.OrdinalIgnoreCase));
                    var property = new DumpProperty(key, value is null ? DumpValue.Null(valueLocation) : DumpValue.Scalar(value, valueLocation, invariant: true), location);
                    if (existing >= 0)
                    {
                        var earlier = settings[existing];
                        Report(context, location, $"appSettings key '{key}' is added twice (first at line {earlier.NameLocation.Line}); ASP.NET uses the later value '{value}'" + (earlier.Value.Text == value ? string.Empty : $", not '{earlier.Value.Text}'"));
                        settings.RemoveAt(existing);
                    }

                    settings.Add(property);
                    break;
                default:
                    Report(context, location, $"appSettings element '{reader.LocalName}' without a key was ignored");
                    break;
            }
        }
    }

    /// <summary>Where the <c>value</c> attribute's text starts, so findings point at the thumbprint itself.</summary>
    private static DumpLocation? ValueLocation(XmlReader reader, IXmlLineInfo info, string path)
    {
        if (!reader.MoveToAttribute("value"))
        {
            return null;
        }

        // The attribute position is its name; the value starts after value=" (7 characters).
        var location = DumpLocation.OnLine(path, info.LineNumber, info.LinePosition + 7, reader.Value.Length);
        reader.MoveToElement();
        return location;
    }

    private static void Report(ReaderContext context, DumpLocation location, string message) =>
        context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, location, message));
}
