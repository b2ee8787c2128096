using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Clixml;

/// <summary>
/// Reads <c>Export-Clixml</c> files (formats.md §3.1, MS-PSRP §2.2.5) with a streaming <see cref="XmlReader"/>:
/// DTDs prohibited, no resolver, depth, node count and <c>Ref</c> expansions bounded by <see cref="ReaderLimits"/>.
/// Every top-level <c>Obj</c> of <c>Objs</c> becomes a <see cref="DumpObject"/> with its type names (the
/// <c>Deserialized.</c> prefix kept; the resolver strips it) and the properties of <c>Props</c> then <c>MS</c>;
/// nested objects are <see cref="DumpValueKind.Object"/> values, lists are collections, enums are their
/// <c>ToString</c> name. All text is invariant. <c>SerializationData</c> (a BinaryFormatter blob) is skipped unread.
/// </summary>
public sealed class ClixmlReader : IDumpReader
{
    public DumpFormat Format => DumpFormat.Clixml;

    public IEnumerable<DumpObject> Read(DumpEntry entry, ReaderContext context)
    {
        Stream stream;
        try
        {
            stream = entry.Open();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DumpLimitExceededException or InvalidDataException)
        {
            context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.WholeFile(entry.RelativePath), $"file could not be read: {ex.Message}"));
            yield break;
        }

        using (stream)
        {
            var parser = TryCreateParser(entry.RelativePath, stream, context);
            while (parser is not null && parser.TryReadNext(out var dump))
            {
                yield return dump;
            }
        }
    }

    /// <summary>XmlReader.Create already reads the first bytes to detect the encoding, so a hostile start throws here (afl++ found it).</summary>
    private static ClixmlParser? TryCreateParser(string path, Stream stream, ReaderContext context)
    {
        try
        {
            return new ClixmlParser(path, stream, context);
        }
        catch (XmlException ex)
        {
            context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.OnLine(path, Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition), 1), $"the XML is not well-formed, reading stopped here: {ex.Message}"));
        }
        catch (Exception ex) when (ex is IOException or System.Text.DecoderFallbackException or DumpLimitExceededException)
        {
            context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.WholeFile(path), $"file could not be read: {ex.Message}"));
        }

        return null;
    }

    /// <summary>The state of one file's parse; <see cref="TryReadNext"/> never throws.</summary>
    private sealed class ClixmlParser : IDisposable
    {
        private static readonly HashSet<string> Primitives = new(StringComparer.Ordinal)
        {
            "S", "B", "I32", "I64", "U32", "U64", "I16", "U16", "SB", "By", "C", "Db", "Sg", "D", "DT", "TS", "G", "URI", "Version", "BA", "SBK", "XD", "SS", "Nil", "Ref",
        };

        private readonly string _path;
        private readonly ReaderContext _context;
        private readonly XmlReader _reader;
        private readonly IXmlLineInfo _lineInfo;
        private readonly Dictionary<string, DumpValue> _refs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ImmutableArray<string>> _typeNames = new(StringComparer.Ordinal);
        private readonly HashSet<string> _reportedUnknown = new(StringComparer.Ordinal);
        private bool _started;
        private bool _done;
        private long _nodes;
        private int _refExpansions;
        private int _depth;

        public ClixmlParser(string path, Stream stream, ReaderContext context)
        {
            _path = path;
            _context = context;
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = true,
                CloseInput = false,
                MaxCharactersFromEntities = 1024,
            };
            _reader = XmlReader.Create(stream, settings);
            _lineInfo = (IXmlLineInfo)_reader;
        }

        public bool TryReadNext(out DumpObject dump)
        {
            dump = null!;
            if (_done)
            {
                return false;
            }

            try
            {
                if (!_started)
                {
                    _started = true;
                    if (_reader.MoveToContent() != XmlNodeType.Element || _reader.LocalName != "Objs")
                    {
                        Report(Here(1), $"not an Export-Clixml file: the root element is '{_reader.LocalName}', not 'Objs'");
                        _done = true;
                        return false;
                    }

                    if (_reader.IsEmptyElement)
                    {
                        _done = true;
                        return false;
                    }

                    _reader.Read();
                }

                while (!_reader.EOF)
                {
                    if (_reader.NodeType == XmlNodeType.EndElement)
                    {
                        _done = true;
                        return false;
                    }

                    if (_reader.NodeType != XmlNodeType.Element)
                    {
                        _reader.Read();
                        continue;
                    }

                    var location = Here(_reader.LocalName.Length);
                    if (_reader.LocalName == "Obj")
                    {
                        var parts = ReadObj();
                        dump = parts.ToDumpObject(_path, location);
                        return true;
                    }

                    var value = ReadValue();
                    dump = new DumpObject
                    {
                        SourcePath = _path,
                        Location = location,
                        TypeNames = value.PrimitiveType is { } type ? [type] : [],
                        Text = value.AsText(),
                    };
                    return true;
                }

                _done = true;
                return false;
            }
            catch (XmlException ex)
            {
                var line = Math.Max(1, ex.LineNumber);
                Report(DumpLocation.OnLine(_path, line, Math.Max(1, ex.LinePosition), 1), $"the XML is not well-formed, reading stopped here: {ex.Message}");
            }
            catch (ClixmlLimitException ex)
            {
                Report(Here(1), ex.Message);
            }
            catch (Exception ex) when (ex is IOException or System.Text.DecoderFallbackException or DumpLimitExceededException or InvalidOperationException)
            {
                Report(Here(1), $"the file could not be read to the end: {ex.Message}");
            }

            _done = true;
            return false;
        }

        public void Dispose() => _reader.Dispose();

        private DumpValue ReadValue()
        {
            if (++_nodes > _context.Limits.MaxXmlNodes)
            {
                throw new ClixmlLimitException($"more than {_context.Limits.MaxXmlNodes:N0} CliXml values; the rest of the file is not read");
            }

            var name = _reader.LocalName;
            var location = Here(name.Length);
            switch (name)
            {
                case "Obj":
                    return ReadObj().ToValue(_path, location);
                case "Nil":
                    _reader.Skip();
                    return DumpValue.Null(location);
                case "Ref":
                    return ReadRef(location);
                case "BA":
                    return ReadBytes(location);
                case "S" or "B" or "I32" or "I64" or "U32" or "U64" or "I16" or "U16" or "SB" or "By" or "Db" or "Sg" or "D" or "DT" or "G" or "URI" or "Version" or "SBK" or "XD" or "SS":
                    var text = ClixmlStringDecoder.Decode(ReadText());
                    return new DumpValue { Kind = DumpValueKind.Scalar, Text = text, Location = location, IsInvariant = true, PrimitiveType = name };
                case "C":
                    var code = ReadText();
                    var character = ushort.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? ((char)c).ToString() : code;
                    return new DumpValue { Kind = DumpValueKind.Scalar, Text = character, Location = location, IsInvariant = true, PrimitiveType = name };
                case "TS":
                    var duration = ReadText();
                    string span;
                    try
                    {
                        span = XmlConvert.ToTimeSpan(duration).ToString("c", CultureInfo.InvariantCulture);
                    }
                    catch (FormatException)
                    {
                        span = duration;
                    }
                    catch (OverflowException)
                    {
                        span = duration;
                    }

                    return new DumpValue { Kind = DumpValueKind.Scalar, Text = span, Location = location, IsInvariant = true, PrimitiveType = name };
                default:
                    if (_reportedUnknown.Add(name))
                    {
                        Report(location, $"CliXml element '{name}' is not one the analyzer knows; its value was skipped");
                    }

                    _reader.Skip();
                    return DumpValue.Null(location);
            }
        }

        private string ReadText()
        {
            if (_reader.IsEmptyElement)
            {
                _reader.Read();
                return string.Empty;
            }

            return _reader.ReadElementContentAsString();
        }

        private DumpValue ReadBytes(DumpLocation location)
        {
            var text = ReadText();
            try
            {
                return new DumpValue { Kind = DumpValueKind.Binary, Bytes = [.. Convert.FromBase64String(text)], Location = location, IsInvariant = true, PrimitiveType = "BA" };
            }
            catch (FormatException)
            {
                Report(location, "a BA (byte array) value is not valid base64; it was skipped");
                return DumpValue.Null(location);
            }
        }

        private DumpValue ReadRef(DumpLocation location)
        {
            var id = _reader.GetAttribute("RefId");
            _reader.Skip();
            if (id is not null && _refs.TryGetValue(id, out var target))
            {
                if (++_refExpansions > _context.Limits.MaxRefExpansions)
                {
                    if (_refExpansions == _context.Limits.MaxRefExpansions + 1)
                    {
                        Report(location, $"more than {_context.Limits.MaxRefExpansions:N0} Ref back-references; the rest are left empty");
                    }

                    return DumpValue.Null(location);
                }

                return target with { Location = location };
            }

            Report(location, $"Ref to RefId '{id}' that was not defined before it (or refers to an object that contains it); the value is left empty");
            return DumpValue.Null(location);
        }

        private ObjParts ReadObj()
        {
            var refId = _reader.GetAttribute("RefId");
            var parts = new ObjParts();
            if (_reader.IsEmptyElement)
            {
                _reader.Read();
                return parts;
            }

            if (++_depth > _context.Limits.MaxXmlDepth)
            {
                var location = Here(3);
                _reader.Skip();
                _depth--;
                Report(location, $"objects nested deeper than {_context.Limits.MaxXmlDepth} levels; this one was skipped");
                return parts;
            }

            var depth = _reader.Depth;
            _reader.Read();
            while (!_reader.EOF && !(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
            {
                if (_reader.NodeType != XmlNodeType.Element)
                {
                    _reader.Read();
                    continue;
                }

                switch (_reader.LocalName)
                {
                    case "TN":
                        parts.TypeNames = ReadTypeNames();
                        break;
                    case "TNRef":
                        var tnRef = _reader.GetAttribute("RefId");
                        if (tnRef is null || !_typeNames.TryGetValue(tnRef, out var known))
                        {
                            Report(Here(5), $"TNRef to RefId '{tnRef}' that was not defined before it; the object has no type names");
                            known = [];
                        }

                        parts.TypeNames = known;
                        _reader.Skip();
                        break;
                    case "ToString":
                        parts.ToStringText = ClixmlStringDecoder.Decode(ReadText());
                        break;
                    case "Props" or "MS":
                        ReadProperties(parts.Properties);
                        break;
                    case "LST" or "IE" or "STK" or "QUE":
                        parts.Items = ReadItems();
                        break;
                    case "DCT":
                        parts.Items = ReadDictionary();
                        break;
                    case var name when Primitives.Contains(name):
                        parts.Primitive = ReadValue();
                        break;
                    default:
                        if (_reportedUnknown.Add(_reader.LocalName))
                        {
                            Report(Here(_reader.LocalName.Length), $"CliXml element '{_reader.LocalName}' inside an object is not one the analyzer knows; it was skipped");
                        }

                        _reader.Skip();
                        break;
                }
            }

            _reader.Read();
            _depth--;
            if (refId is not null)
            {
                // Registered after the object is complete: a Ref inside the object to itself is a cycle, left empty.
                _refs[refId] = parts.ToValue(_path, DumpLocation.None);
            }

            return parts;
        }

        private ImmutableArray<string> ReadTypeNames()
        {
            var refId = _reader.GetAttribute("RefId");
            var names = ImmutableArray.CreateBuilder<string>();
            if (!_reader.IsEmptyElement)
            {
                var depth = _reader.Depth;
                _reader.Read();
                while (!_reader.EOF && !(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
                {
                    if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName == "T")
                    {
                        names.Add(ClixmlStringDecoder.Decode(ReadText()));
                    }
                    else if (_reader.NodeType == XmlNodeType.Element)
                    {
                        _reader.Skip();
                    }
                    else
                    {
                        _reader.Read();
                    }
                }
            }

            _reader.Read();
            var result = names.ToImmutable();
            if (refId is not null)
            {
                _typeNames[refId] = result;
            }

            return result;
        }

        private void ReadProperties(List<DumpProperty> properties)
        {
            ReadChildren(() =>
            {
                var name = _reader.GetAttribute("N");
                var nameLocation = Here(_reader.LocalName.Length);
                if (name is null)
                {
                    Report(nameLocation, $"a '{_reader.LocalName}' property without a name (N attribute); it was skipped");
                    _reader.Skip();
                    return;
                }

                name = ClixmlStringDecoder.Decode(name);
                if (name == "SerializationData")
                {
                    // A BinaryFormatter blob that re-creates the Exchange object: never decoded, never deserialized.
                    _reader.Skip();
                    return;
                }

                var value = ReadValue();
                if (!properties.Exists(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    properties.Add(new DumpProperty(name, value, nameLocation));
                }
            });
        }

        private ImmutableArray<DumpValue> ReadItems()
        {
            var items = ImmutableArray.CreateBuilder<DumpValue>();
            ReadChildren(() => items.Add(ReadValue()));
            return items.ToImmutable();
        }

        /// <summary><c>DCT</c>: <c>En</c> entries with a <c>Key</c> and a <c>Value</c>, as objects with those two properties.</summary>
        private ImmutableArray<DumpValue> ReadDictionary()
        {
            var items = ImmutableArray.CreateBuilder<DumpValue>();
            ReadChildren(() =>
            {
                var location = Here(2);
                if (_reader.LocalName != "En")
                {
                    _reader.Skip();
                    return;
                }

                var entry = new List<DumpProperty>();
                ReadProperties(entry);
                var dump = new DumpObject { SourcePath = _path, Location = location, Properties = [.. entry] };
                items.Add(new DumpValue { Kind = DumpValueKind.Object, Object = dump, Location = location, IsInvariant = true });
            });
            return items.ToImmutable();
        }

        /// <summary>Calls <paramref name="readChild"/> on each child element; leaves the reader after the end tag.</summary>
        private void ReadChildren(Action readChild)
        {
            if (_reader.IsEmptyElement)
            {
                _reader.Read();
                return;
            }

            var depth = _reader.Depth;
            _reader.Read();
            while (!_reader.EOF && !(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
            {
                if (_reader.NodeType == XmlNodeType.Element)
                {
                    readChild();
                }
                else
                {
                    _reader.Read();
                }
            }

            _reader.Read();
        }

        /// <summary>The current element's start tag: '&lt;' is one column before the name the reader points at.</summary>
        private DumpLocation Here(int nameLength) =>
            _lineInfo.HasLineInfo()
                ? DumpLocation.OnLine(_path, Math.Max(1, _lineInfo.LineNumber), Math.Max(1, _lineInfo.LinePosition - 1), nameLength + 1)
                : DumpLocation.WholeFile(_path);

        private void Report(DumpLocation location, string message) =>
            _context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, location, message));
    }

    private sealed class ClixmlLimitException(string message) : Exception(message);
}
