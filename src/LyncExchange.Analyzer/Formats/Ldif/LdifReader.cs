using System.Buffers.Text;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>
/// A streaming RFC 2849 reader: physical lines from <see cref="LdifLineReader"/>, unfolded (a line starting with one
/// space continues the previous one; exactly that space is dropped), comments skipped (folded ones too), records split
/// on blank lines, <c>::</c> base64 decoded, <c>:&lt;</c> URLs recorded and never followed, change records parsed.
/// Syntax only: one record is in memory at a time. A broken record yields one LXA0904 at its line and is skipped;
/// reading goes on with the next record. See formats.md §4 for what ldifde and ldapsearch really write.
/// The per-line methods are <see cref="MethodImplOptions.AggressiveOptimization"/>: a file is read once per process,
/// and tiered compilation left most of a 100 MB export's lines to unoptimised code (cold read 1.25 s → 1.1 s CPU).
/// </summary>
public static class LdifReader
{
    public static IEnumerable<LdifRecord> Read(Stream stream, string path, IInputDiagnosticSink diagnostics, ReaderLimits limits) =>
        Read(stream, path, diagnostics, limits, null);

    /// <summary>
    /// As <see cref="Read(Stream, string, IInputDiagnosticSink, ReaderLimits)"/>, but the values of content and add
    /// records that <paramref name="use"/> does not keep are checked (base64, encoding) and dropped instead of decoded
    /// into strings: a typed reader keeps two dozen of an entry's hundred attributes, and the photo's size only.
    /// </summary>
    internal static IEnumerable<LdifRecord> Read(Stream stream, string path, IInputDiagnosticSink diagnostics, ReaderLimits limits, Func<string, LdifValueUse>? use)
    {
        using var parser = new Parser(stream, path, diagnostics, limits, use);
        while (parser.TryReadRecord(out var record))
        {
            yield return record;
        }
    }

    /// <summary>Reads a whole in-memory file; for tests and small inputs.</summary>
    public static IReadOnlyList<LdifRecord> Read(byte[] bytes, string path, IInputDiagnosticSink diagnostics) =>
        Read(new MemoryStream(bytes, writable: false), path, diagnostics, ReaderLimits.Default).ToList();

    /// <summary>
    /// Whether <see cref="Base64.DecodeFromUtf8(ReadOnlySpan{byte}, Span{byte}, out int, out int, bool)"/> would decode
    /// the whole value (trailing spaces trimmed, as the decoding path does), and to how many bytes, without writing them:
    /// a photo the typed reader only measures, or a value it drops, is validated in one pass.
    /// </summary>
    internal static bool TryMeasureBase64(ReadOnlySpan<byte> raw, out int length) =>
        Base64.IsValid(raw.TrimEnd((byte)' '), out length);

    private enum Separator
    {
        Plain,
        Base64,
        Url,
    }

    /// <summary>An attribute line split into offsets of the unfolded bytes.</summary>
    private readonly record struct AttributeLine(int DescriptionEnd, Separator Separator, int ValueStart);

    private sealed class Parser : IDisposable
    {
        private static readonly UTF8Encoding Utf8NoBom = new(false);

        private readonly LdifLineReader _lines;
        private readonly string _path;
        private readonly IInputDiagnosticSink _diagnostics;
        private readonly ReaderLimits _limits;
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private readonly List<Segment> _segments = [];
        private readonly RecordState _record = new();
        private readonly Func<string, LdifValueUse>? _use;
        private readonly KnownDescriptions _descriptions = new();

        private byte[] _logical = new byte[1024];
        private int _logicalLength;
        private bool _hasLogical;
        private bool _logicalIsComment;
        private bool _logicalTooLong;
        private int _logicalEndLine;
        private int _logicalEndColumn;

        private bool _beforeFirstRecord = true;
        private int _ansiValues;
        private DumpLocation _firstAnsiValue = DumpLocation.None;

        public Parser(Stream stream, string path, IInputDiagnosticSink diagnostics, ReaderLimits limits, Func<string, LdifValueUse>? use)
        {
            _use = use;
            _lines = LdifLineReader.Open(stream, limits.MaxLineLength);
            _path = path;
            _diagnostics = diagnostics;
            _limits = limits;
        }

        public void Dispose() => _lines.Dispose();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryReadRecord(out LdifRecord record)
        {
            while (_lines.TryReadLine(out var line))
            {
                var number = _lines.LineNumber;
                if (_lines.LastLineWasCut)
                {
                    FlushLogical();
                    Broken(DumpLocation.OnLine(_path, number, 1, 1), $"line {number} is longer than {_limits.MaxLineLength:N0} bytes");
                    continue;
                }

                if (line.Length > 0 && line[0] == (byte)' ')
                {
                    if (_hasLogical)
                    {
                        AppendContinuation(line, number);
                        continue;
                    }

                    if (line.TrimStart((byte)' ').IsEmpty && !_record.Started)
                    {
                        // A line of spaces where nothing is open reads as the blank line it looks like.
                        continue;
                    }

                    Broken(DumpLocation.OnLine(_path, number, 1, CharCount(line)), "continuation line (starting with a space) with no line before it to continue");
                    continue;
                }

                FlushLogical();
                if (line.IsEmpty)
                {
                    if (EndRecord(out record))
                    {
                        return true;
                    }

                    continue;
                }

                StartLogical(line, number);
            }

            FlushLogical();
            if (EndRecord(out record))
            {
                return true;
            }

            if (_ansiValues > 1)
            {
                _diagnostics.Report(new InputDiagnostic(
                    InputDiagnosticIds.Encoding,
                    _firstAnsiValue,
                    $"{_path}: {_ansiValues:N0} values in all were not valid UTF-8 and were decoded as Windows-1252 (ANSI); values containing non-ASCII characters may be wrong."));
            }

            record = null!;
            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void StartLogical(ReadOnlySpan<byte> line, int number)
        {
            _segments.Clear();
            _logicalLength = 0;
            _logicalTooLong = false;
            _hasLogical = true;
            _logicalIsComment = line[0] == (byte)'#';
            var ascii = IsAscii(line);
            _segments.Add(new Segment(0, number, 1, ascii));
            Append(line);
            _logicalEndLine = number;
            _logicalEndColumn = (ascii ? line.Length : CharCount(line)) + 1;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AppendContinuation(ReadOnlySpan<byte> line, int number)
        {
            var ascii = IsAscii(line);
            _logicalEndLine = number;
            _logicalEndColumn = (ascii ? line.Length : CharCount(line)) + 1;
            if (_logicalIsComment)
            {
                return;
            }

            _segments.Add(new Segment(_logicalLength, number, 2, ascii));
            Append(line[1..]);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Append(ReadOnlySpan<byte> bytes)
        {
            if (_logicalTooLong)
            {
                return;
            }

            if (_logicalLength + bytes.Length > _limits.MaxLdifValueBytes)
            {
                _logicalTooLong = true;
                return;
            }

            if (_logicalLength + bytes.Length > _logical.Length)
            {
                Array.Resize(ref _logical, Math.Max(_logical.Length * 2, _logicalLength + bytes.Length));
            }

            bytes.CopyTo(_logical.AsSpan(_logicalLength));
            _logicalLength += bytes.Length;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void FlushLogical()
        {
            if (!_hasLogical)
            {
                return;
            }

            _hasLogical = false;
            if (_logicalIsComment)
            {
                return;
            }

            var location = new DumpLocation(_path, _segments[0].Line, 1, _logicalEndLine, _logicalEndColumn);
            if (_logicalTooLong)
            {
                Broken(location, $"value longer than {_limits.MaxLdifValueBytes:N0} bytes");
                return;
            }

            ProcessLine(_logical.AsSpan(0, _logicalLength), location);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ProcessLine(ReadOnlySpan<byte> bytes, DumpLocation location)
        {
            var record = _record;
            if (record.Started && (record.Broken || record.Ignored))
            {
                return;
            }

            if (IsSeparatorLine(bytes))
            {
                if (record.Started && record.ChangeType == LdifChangeType.Modify && record.OpenGroup is not null)
                {
                    record.CloseGroup();
                    return;
                }

                Broken(location, "'-' outside a modify group");
                return;
            }

            if (!TrySplit(bytes, out var split, out var known, out var error))
            {
                Broken(location, error);
                return;
            }

            var options = ImmutableArray<string>.Empty;
            var name = known is not null ? known.Name : Name(bytes[..split.DescriptionEnd], out options);
            if (!record.Started)
            {
                StartRecord(bytes, split, name, location);
                return;
            }

            if ((known?.IsControl ?? name.Equals("control", StringComparison.OrdinalIgnoreCase)) && !record.HasContent && record.ChangeType == LdifChangeType.Content)
            {
                // RFC 2849 controls only matter to a server applying the change.
                return;
            }

            if ((known?.IsChangeType ?? name.Equals("changetype", StringComparison.OrdinalIgnoreCase)) && !record.HasContent && !record.ChangeTypeSeen)
            {
                SetChangeType(bytes, split, location);
                return;
            }

            var use = _use is null || record.ChangeType is not (LdifChangeType.Content or LdifChangeType.Add)
                ? LdifValueUse.Keep
                : known is not null ? known.Use
                : HasRange(options) ? LdifValueUse.Keep
                : _use(name);
            var binary = known?.IsBinary ?? IsBinary(name, options);
            if (use != LdifValueUse.Keep && split.Separator != Separator.Url)
            {
                // A dropped value still counts as content: a later 'changetype:' or 'control:' line is then an attribute.
                record.HasDroppedValues = true;
                CheckUnkeptValue(bytes, split, name, options, binary, location, use);
                return;
            }

            if (!TryDecodeValue(bytes, split, name, binary, location, out var value, out var valueLocation))
            {
                return;
            }

            var attribute = new LdifAttribute(name, options, value, location, valueLocation);
            switch (record.ChangeType)
            {
                case LdifChangeType.Content or LdifChangeType.Add:
                    record.Attributes.Add(attribute);
                    break;
                case LdifChangeType.Modify:
                    AddToModify(attribute, location);
                    break;
                case LdifChangeType.ModRdn:
                    AddToModRdn(attribute, location);
                    break;
                case LdifChangeType.Delete:
                    Broken(location, $"'changetype: delete' record has an attribute line ('{name}')");
                    break;
            }
        }

        private void StartRecord(ReadOnlySpan<byte> bytes, AttributeLine split, string name, DumpLocation location)
        {
            var first = _beforeFirstRecord;
            _beforeFirstRecord = false;
            if (first && name.Equals("version", StringComparison.OrdinalIgnoreCase))
            {
                var version = Ascii(bytes[split.ValueStart..]).Trim();
                if (version != "1")
                {
                    _diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, location, $"LDIF 'version: {version}' is not RFC 2849's version 1; the file was read as version 1"));
                }

                return;
            }

            if (name.Equals("search", StringComparison.OrdinalIgnoreCase) || name.Equals("result", StringComparison.OrdinalIgnoreCase))
            {
                // ldapsearch's trailer ("search: 2", "result: 0 Success") is not a directory entry.
                _record.Start(location);
                _record.Ignored = true;
                return;
            }

            if (!name.Equals("dn", StringComparison.OrdinalIgnoreCase))
            {
                Broken(location, $"record does not start with 'dn:' (first line is '{Shorten(Ascii(bytes))}')");
                return;
            }

            _record.Start(location);
            if (split.Separator == Separator.Url)
            {
                Broken(location, "'dn:<' (a DN read from a URL) is not allowed");
                return;
            }

            if (!TryDecodeText(bytes, split, "dn", location, out var dn))
            {
                return;
            }

            _record.Dn = dn;
        }

        private void SetChangeType(ReadOnlySpan<byte> bytes, AttributeLine split, DumpLocation location)
        {
            var text = Ascii(bytes[split.ValueStart..]).Trim();
            _record.ChangeTypeSeen = true;
            _record.ChangeTypeLocation = location;
            switch (text.ToLowerInvariant())
            {
                case "add":
                    _record.ChangeType = LdifChangeType.Add;
                    break;
                case "delete":
                    _record.ChangeType = LdifChangeType.Delete;
                    break;
                case "modify":
                    _record.ChangeType = LdifChangeType.Modify;
                    break;
                case "modrdn" or "moddn":
                    _record.ChangeType = LdifChangeType.ModRdn;
                    break;
                default:
                    Broken(location, $"unknown changetype '{Shorten(text)}' (expected add, delete, modify, modrdn or moddn)");
                    break;
            }
        }

        private void AddToModify(LdifAttribute attribute, DumpLocation location)
        {
            var record = _record;
            if (record.OpenGroup is null)
            {
                LdifModificationKind? kind = attribute.Name.ToLowerInvariant() switch
                {
                    "add" => LdifModificationKind.Add,
                    "delete" => LdifModificationKind.Delete,
                    "replace" => LdifModificationKind.Replace,
                    "increment" => LdifModificationKind.Increment,
                    _ => null,
                };
                if (kind is null || attribute.Value.Kind != LdifValueKind.Text || string.IsNullOrWhiteSpace(attribute.Value.Text))
                {
                    Broken(location, $"modify record expects 'add:', 'delete:' or 'replace:' followed by an attribute name, not '{attribute.Description}:'");
                    return;
                }

                record.OpenGroup = new ModificationGroup(kind.Value, Intern(attribute.Value.Text!.Trim()), location);
                return;
            }

            var group = record.OpenGroup;
            if (!attribute.Name.Equals(group.Attribute, StringComparison.OrdinalIgnoreCase))
            {
                Broken(location, $"'{attribute.Name}:' inside the '{group.Kind.ToString().ToLowerInvariant()}: {group.Attribute}' group (missing '-' line?)");
                return;
            }

            group.Values.Add(attribute);
        }

        private void AddToModRdn(LdifAttribute attribute, DumpLocation location)
        {
            var record = _record;
            var text = attribute.Value.Text ?? string.Empty;
            switch (attribute.Name.ToLowerInvariant())
            {
                case "newrdn":
                    record.NewRdn = text;
                    break;
                case "deleteoldrdn":
                    if (text.Trim() is not ("0" or "1"))
                    {
                        Broken(location, $"'deleteoldrdn' must be 0 or 1, not '{Shorten(text)}'");
                        return;
                    }

                    record.DeleteOldRdn = text.Trim() == "1";
                    break;
                case "newsuperior":
                    record.NewSuperior = text;
                    break;
                default:
                    Broken(location, $"'changetype: modrdn' record has an unexpected line '{attribute.Name}:'");
                    break;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool EndRecord(out LdifRecord record)
        {
            var state = _record;
            record = null!;
            if (!state.Started)
            {
                return false;
            }

            try
            {
                if (state.Broken || state.Ignored || state.Dn is null)
                {
                    return false;
                }

                if (state.ChangeType == LdifChangeType.ModRdn && state.NewRdn is null)
                {
                    _diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, state.Location, "modrdn record without 'newrdn:'; the record was skipped"));
                    return false;
                }

                state.CloseGroup();
                record = new LdifRecord
                {
                    Path = _path,
                    Dn = state.Dn,
                    Location = state.Location,
                    ChangeType = state.ChangeType,
                    ChangeTypeLocation = state.ChangeTypeLocation,
                    Attributes = state.Attributes.ToImmutable(),
                    Modifications = state.Modifications.ToImmutable(),
                    NewRdn = state.NewRdn,
                    DeleteOldRdn = state.DeleteOldRdn,
                    NewSuperior = state.NewSuperior,
                };
                return true;
            }
            finally
            {
                state.Reset();
            }
        }

        /// <summary>Reports the record's one diagnostic and skips the rest of it, up to the next blank line.</summary>
        private void Broken(DumpLocation location, string message)
        {
            if (!_record.Started)
            {
                _beforeFirstRecord = false;
                _record.Start(location);
            }
            else if (_record.Broken)
            {
                return;
            }

            _record.Broken = true;
            _diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, location, message + "; the record was skipped"));
        }

        /// <summary>Splits <c>description ":" [":" | "&lt;"] FILL value</c>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool TrySplit(ReadOnlySpan<byte> bytes, out AttributeLine split, out KnownDescription? known, out string error)
        {
            split = default;
            known = null;
            var colon = bytes.IndexOf((byte)':');
            if (colon < 0)
            {
                error = $"line is not 'attribute: value' ('{Shorten(Ascii(bytes))}')";
                return false;
            }

            // A description seen before is valid without checking its bytes again; only the first sighting is checked.
            var valid = colon > 0 && ((known = _descriptions.Find(bytes[..colon])) is not null || IsDescription(bytes[..colon]));
            if (!valid)
            {
                error = $"'{Shorten(Ascii(bytes[..colon]))}' is not an attribute description";
                return false;
            }

            var separator = Separator.Plain;
            var position = colon + 1;
            if (position < bytes.Length && bytes[position] == (byte)':')
            {
                separator = Separator.Base64;
                position++;
            }
            else if (position < bytes.Length && bytes[position] == (byte)'<')
            {
                separator = Separator.Url;
                position++;
            }

            while (position < bytes.Length && bytes[position] == (byte)' ')
            {
                position++;
            }

            split = new AttributeLine(colon, separator, position);
            known ??= Describe(bytes[..colon]);
            error = string.Empty;
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool IsDescription(ReadOnlySpan<byte> description)
        {
            if (!char.IsAsciiLetterOrDigit((char)description[0]))
            {
                return false;
            }

            foreach (var b in description)
            {
                var c = (char)b;
                if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or ';' or '.' or '=' or '*' or '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsSeparatorLine(ReadOnlySpan<byte> bytes) =>
            bytes.Length >= 1 && bytes[0] == (byte)'-' && bytes[1..].TrimEnd((byte)' ').IsEmpty;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool TryDecodeValue(
            ReadOnlySpan<byte> bytes,
            AttributeLine split,
            string name,
            bool binary,
            DumpLocation location,
            out LdifValue value,
            out DumpLocation valueLocation)
        {
            valueLocation = PositionOf(split.ValueStart, location);
            var raw = bytes[split.ValueStart..];
            value = null!;
            switch (split.Separator)
            {
                case Separator.Url:
                    var url = Ascii(raw.TrimEnd((byte)' '));
                    _diagnostics.Report(new InputDiagnostic(
                        InputDiagnosticIds.ParseError,
                        location,
                        $"'{name}:< {Shorten(url)}' takes its value from a URL, which is never followed; the attribute has no value here"));
                    value = LdifValue.FromUrl(url);
                    return true;
                case Separator.Base64:
                    if (!TryDecodeBase64(raw, out var decoded))
                    {
                        Broken(location, $"'{name}::' value is not valid base64");
                        return false;
                    }

                    if (binary)
                    {
                        value = LdifValue.FromBytes(decoded, wasBase64: true);
                        return true;
                    }

                    if (Utf8.IsValid(decoded))
                    {
                        value = LdifValue.FromText(Utf8NoBom.GetString(decoded), wasBase64: true);
                        return true;
                    }

                    if (!DirectoryAttributeNames.TryGet(name, out _))
                    {
                        // Not UTF-8 and not an attribute we read as text: an octet string the binary list does not name.
                        value = LdifValue.FromBytes(decoded, wasBase64: true);
                        return true;
                    }

                    value = LdifValue.FromText(DecodeAnsi(decoded, name, valueLocation), wasBase64: true);
                    return true;
                default:
                    if (binary)
                    {
                        value = LdifValue.FromBytes(raw.ToArray(), wasBase64: false);
                        return true;
                    }

                    value = LdifValue.FromText(DecodeText(raw, name, valueLocation), wasBase64: false);
                    return true;
            }
        }

        /// <summary>
        /// The checks <see cref="TryDecodeValue"/> makes (valid base64, UTF-8 or ANSI text) without keeping the value;
        /// a length-only value (a photo) becomes an attribute with its size and no bytes.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void CheckUnkeptValue(ReadOnlySpan<byte> bytes, AttributeLine split, string name, ImmutableArray<string> options, bool binary, DumpLocation location, LdifValueUse use)
        {
            var raw = bytes[split.ValueStart..];
            int length;
            var wasBase64 = split.Separator == Separator.Base64;
            if (wasBase64)
            {
                if (!TryMeasureBase64(raw, out length))
                {
                    Broken(location, $"'{name}::' value is not valid base64");
                    return;
                }
            }
            else
            {
                length = raw.Length;
                if (!binary && !Utf8.IsValid(raw))
                {
                    // Counted and reported as if decoded, so the file's encoding note is the same either way.
                    DecodeAnsi(raw, name, PositionOf(split.ValueStart, location));
                }
            }

            if (use == LdifValueUse.LengthOnly)
            {
                _record.Attributes.Add(new LdifAttribute(name, options, LdifValue.FromLength(length, wasBase64), location, PositionOf(split.ValueStart, location)));
            }
        }

        private static bool HasRange(ImmutableArray<string> options)
        {
            foreach (var option in options)
            {
                if (option.StartsWith("range=", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private bool TryDecodeText(ReadOnlySpan<byte> bytes, AttributeLine split, string name, DumpLocation location, out string text)
        {
            text = string.Empty;
            var raw = bytes[split.ValueStart..];
            if (split.Separator != Separator.Base64)
            {
                text = DecodeText(raw, name, PositionOf(split.ValueStart, location));
                return true;
            }

            if (!TryDecodeBase64(raw, out var decoded))
            {
                Broken(location, $"'{name}::' value is not valid base64");
                return false;
            }

            text = Utf8.IsValid(decoded) ? Utf8NoBom.GetString(decoded) : DecodeAnsi(decoded, name, location);
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private string DecodeText(ReadOnlySpan<byte> raw, string name, DumpLocation location) =>
            Utf8.IsValid(raw) ? Utf8NoBom.GetString(raw) : DecodeAnsi(raw, name, location);

        private string DecodeAnsi(ReadOnlySpan<byte> raw, string name, DumpLocation location)
        {
            _ansiValues++;
            if (_ansiValues == 1)
            {
                _firstAnsiValue = location;
                _diagnostics.Report(new InputDiagnostic(
                    InputDiagnosticIds.Encoding,
                    location,
                    $"{_path}: value of '{name}' is not valid UTF-8 and was decoded as Windows-1252 (ANSI); values containing non-ASCII characters may be wrong."));
            }

            return TextEncodingDetector.Ansi.GetString(raw);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool TryDecodeBase64(ReadOnlySpan<byte> raw, out byte[] decoded)
        {
            raw = raw.TrimEnd((byte)' ');
            var buffer = new byte[Base64.GetMaxDecodedFromUtf8Length(raw.Length)];
            var status = Base64.DecodeFromUtf8(raw, buffer, out var consumed, out var written);
            if (status != System.Buffers.OperationStatus.Done || consumed != raw.Length)
            {
                decoded = [];
                return false;
            }

            decoded = written == buffer.Length ? buffer : buffer.AsSpan(0, written).ToArray();
            return true;
        }

        private static bool IsBinary(string name, ImmutableArray<string> options)
        {
            if (DirectoryAttributeNames.IsBinary(name))
            {
                return true;
            }

            foreach (var option in options)
            {
                if (option.Equals("binary", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The line and column of a byte offset of the unfolded line (continuations start at column 2).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private DumpLocation PositionOf(int offset, DumpLocation whole)
        {
            var index = _segments.Count - 1;
            while (index > 0 && _segments[index].Offset > offset)
            {
                index--;
            }

            var segment = _segments[index];
            var within = offset - segment.Offset;
            var column = segment.Column + (segment.IsAscii ? within : Encoding.UTF8.GetCharCount(_logical.AsSpan(segment.Offset, within)));
            return new DumpLocation(_path, segment.Line, column, whole.EndLine, whole.EndColumn);
        }

        private string Name(ReadOnlySpan<byte> description, out ImmutableArray<string> options)
        {
            var semicolon = description.IndexOf((byte)';');
            options = [];
            if (semicolon >= 0)
            {
                var builder = ImmutableArray.CreateBuilder<string>();
                foreach (var option in Ascii(description[(semicolon + 1)..]).Split(';'))
                {
                    builder.Add(option);
                }

                options = builder.ToImmutable();
                description = description[..semicolon];
            }

            Span<char> chars = stackalloc char[Math.Min(description.Length, 256)];
            if (description.Length > chars.Length)
            {
                return Intern(Ascii(description));
            }

            for (var i = 0; i < description.Length; i++)
            {
                chars[i] = (char)description[i];
            }

            var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(chars, out var known))
            {
                return known;
            }

            var name = new string(chars);
            _names[name] = name;
            return name;
        }

        /// <summary>
        /// What a valid attribute description without options means here, looked up by its bytes from then on: the
        /// interned name, whether its values are binary, and what the typed reader does with them.
        /// </summary>
        private KnownDescription? Describe(ReadOnlySpan<byte> description)
        {
            if (description.Contains((byte)';') || description.Length > 256)
            {
                return null;
            }

            var name = Name(description, out _);
            var known = new KnownDescription(description.ToArray(), name, _use?.Invoke(name) ?? LdifValueUse.Keep, IsBinary(name, []));
            _descriptions.Add(known);
            return known;
        }

        private string Intern(string text)
        {
            if (_names.TryGetValue(text, out var known))
            {
                return known;
            }

            _names[text] = text;
            return text;
        }

        private static string Ascii(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

        private static bool IsAscii(ReadOnlySpan<byte> bytes) => System.Text.Ascii.IsValid(bytes);

        private static int CharCount(ReadOnlySpan<byte> bytes) =>
            System.Text.Ascii.IsValid(bytes) ? bytes.Length
            : Utf8.IsValid(bytes) ? Encoding.UTF8.GetCharCount(bytes)
            : bytes.Length;

        private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
    }

    /// <summary>Where a physical line's bytes start in the unfolded line, and its first column there.</summary>
    private readonly record struct Segment(int Offset, int Line, int Column, bool IsAscii);

    private sealed class ModificationGroup(LdifModificationKind kind, string attribute, DumpLocation location)
    {
        public LdifModificationKind Kind { get; } = kind;

        public string Attribute { get; } = attribute;

        public DumpLocation Location { get; } = location;

        public List<LdifAttribute> Values { get; } = [];
    }

    /// <summary>The record being read; reused from record to record.</summary>
    private sealed class RecordState
    {
        public bool Started { get; private set; }

        public bool Broken { get; set; }

        public bool Ignored { get; set; }

        public DumpLocation Location { get; private set; }

        public string? Dn { get; set; }

        public LdifChangeType ChangeType { get; set; }

        public bool ChangeTypeSeen { get; set; }

        public DumpLocation ChangeTypeLocation { get; set; } = DumpLocation.None;

        public ImmutableArray<LdifAttribute>.Builder Attributes { get; } = ImmutableArray.CreateBuilder<LdifAttribute>();

        public ImmutableArray<LdifModification>.Builder Modifications { get; } = ImmutableArray.CreateBuilder<LdifModification>();

        public ModificationGroup? OpenGroup { get; set; }

        public string? NewRdn { get; set; }

        public bool DeleteOldRdn { get; set; }

        public string? NewSuperior { get; set; }

        /// <summary>A value line of this record was checked and dropped (not kept by the typed reader).</summary>
        public bool HasDroppedValues { get; set; }

        public bool HasContent => Attributes.Count > 0 || HasDroppedValues || Modifications.Count > 0 || OpenGroup is not null || NewRdn is not null;

        public void Start(DumpLocation location)
        {
            Started = true;
            Location = location;
        }

        public void CloseGroup()
        {
            if (OpenGroup is { } group)
            {
                Modifications.Add(new LdifModification(group.Kind, group.Attribute, group.Location, [.. group.Values]));
                OpenGroup = null;
            }
        }

        public void Reset()
        {
            Started = Broken = Ignored = ChangeTypeSeen = DeleteOldRdn = HasDroppedValues = false;
            Location = DumpLocation.None;
            Dn = NewRdn = NewSuperior = null;
            ChangeType = LdifChangeType.Content;
            ChangeTypeLocation = DumpLocation.None;
            Attributes.Clear();
            Modifications.Clear();
            OpenGroup = null;
        }
    }
}
