using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.Encodings;
using LyncExchange.Analyzer.Formats.FormatList;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Registry;

/// <summary>
/// Reads <c>regedit</c> exports: <c>Windows Registry Editor Version 5.00</c> (UTF-16LE) and <c>REGEDIT4</c> (ANSI).
/// One <see cref="DumpObject"/> of type <see cref="TypeName"/> per <c>[key]</c>, with a <c>Key</c> property holding
/// the path, then one property per value (<c>@</c> is <c>(Default)</c>): strings, <c>dword:</c> and <c>hex(b):</c>
/// as decimal text, <c>hex(2):</c> expandable and <c>hex(7):</c> multi-strings decoded (UTF-16LE in 5.00, ANSI in
/// REGEDIT4), other <c>hex:</c> data as bytes. Lines continued with a trailing backslash are joined.
/// </summary>
public sealed class RegistryReader : IDumpReader
{
    public const string TypeName = "LyncExchange.Analyzer.RegistryKey";

    public DumpFormat Format => DumpFormat.Registry;

    public IEnumerable<DumpObject> Read(DumpEntry entry, ReaderContext context)
    {
        DumpTextDecoder.TryDecode(entry, context, out var source);
        return Read(source, context);
    }

    public static IEnumerable<DumpObject> Read(SourceFile source, ReaderContext context)
    {
        var lines = PhysicalLine.Split(source.Text);
        var results = new List<DumpObject>();
        var unicode = true;
        string? key = null;
        var keyLocation = DumpLocation.None;
        var properties = new List<DumpProperty>();
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            var text = line.Text.TrimStart('\uFEFF').Trim();
            if (text.Length == 0 || text.StartsWith(';'))
            {
                i++;
                continue;
            }

            if (text.StartsWith("Windows Registry Editor Version", StringComparison.OrdinalIgnoreCase))
            {
                unicode = true;
                i++;
                continue;
            }

            if (text.Equals("REGEDIT4", StringComparison.OrdinalIgnoreCase))
            {
                unicode = false;
                i++;
                continue;
            }

            if (text.StartsWith('['))
            {
                Flush(source.Path, key, keyLocation, properties, results);
                var close = text.LastIndexOf(']');
                var inner = close > 0 ? text[1..close] : text[1..];
                if (close < 0)
                {
                    Report(context, DumpLocation.OnLine(source.Path, line.Number, 1, line.Text.Length), "key line without a closing ']'");
                }

                if (inner.StartsWith('-'))
                {
                    // A deletion ([-HKEY_...]) says nothing about the current configuration.
                    key = null;
                }
                else
                {
                    key = inner;
                    keyLocation = DumpLocation.OnLine(source.Path, line.Number, 1, line.Text.TrimEnd().Length);
                }

                i++;
                continue;
            }

            // A value, possibly continued on following lines ending with '\'.
            var first = line;
            var logical = new StringBuilder(text);
            while (logical.Length > 0 && logical[^1] == '\\' && i + 1 < lines.Count && IsHexData(logical))
            {
                logical.Length--;
                i++;
                logical.Append(lines[i].Text.Trim());
            }

            i++;
            if (key is null)
            {
                Report(context, DumpLocation.OnLine(source.Path, first.Number, 1, first.Text.Length), "value line outside any [key]; it was ignored");
                continue;
            }

            if (TryParseValue(logical.ToString(), unicode, source.Path, first, out var name, out var value, out var error))
            {
                if (value is not null && !properties.Exists(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    properties.Add(new DumpProperty(name, value, DumpLocation.OnLine(source.Path, first.Number, 1, Math.Max(1, name.Length + 2))));
                }
            }
            else
            {
                Report(context, DumpLocation.OnLine(source.Path, first.Number, 1, first.Text.Length), error);
            }
        }

        Flush(source.Path, key, keyLocation, properties, results);
        return results;
    }

    private static bool IsHexData(StringBuilder logical)
    {
        var text = logical.ToString();
        var equals = text.IndexOf("\"=hex", StringComparison.OrdinalIgnoreCase);
        return equals >= 0 || text.StartsWith("@=hex", StringComparison.OrdinalIgnoreCase);
    }

    private static void Flush(string path, string? key, DumpLocation location, List<DumpProperty> properties, List<DumpObject> results)
    {
        if (key is null)
        {
            properties.Clear();
            return;
        }

        var all = ImmutableArray.CreateBuilder<DumpProperty>(properties.Count + 1);
        all.Add(new DumpProperty("Key", DumpValue.Scalar(key, location, invariant: true), location));
        all.AddRange(properties);
        results.Add(new DumpObject { SourcePath = path, Location = location, TypeNames = [TypeName], Properties = all.ToImmutable() });
        properties.Clear();
    }

    private static bool TryParseValue(string text, bool unicode, string path, PhysicalLine line, out string name, out DumpValue? value, out string error)
    {
        name = string.Empty;
        value = null;
        error = string.Empty;
        int equals;
        if (text.StartsWith('@'))
        {
            name = "(Default)";
            equals = 1;
        }
        else if (text.StartsWith('"'))
        {
            if (!TryReadQuoted(text, 0, out name, out var end))
            {
                error = "value name without a closing quote";
                return false;
            }

            equals = end;
        }
        else
        {
            error = $"line is neither a [key] nor a \"name\"=value line: '{(text.Length <= 60 ? text : text[..57] + "...")}'";
            return false;
        }

        if (equals >= text.Length || text[equals] != '=')
        {
            error = $"value '{name}' has no '='";
            return false;
        }

        var data = text[(equals + 1)..].Trim();
        var start = line.Text.IndexOf(data.Length > 0 ? data[..Math.Min(data.Length, 8)] : "=", StringComparison.Ordinal) + 1;
        var location = DumpLocation.OnLine(path, line.Number, Math.Max(1, start), Math.Min(data.Length, Math.Max(0, line.Text.Length - start + 1)));
        if (data == "-")
        {
            return true;
        }

        if (data.StartsWith('"'))
        {
            if (!TryReadQuoted(data, 0, out var s, out _))
            {
                error = $"string value '{name}' without a closing quote";
                return false;
            }

            value = Typed(DumpValue.Scalar(s, location, invariant: true), "REG_SZ");
            return true;
        }

        if (data.StartsWith("dword:", StringComparison.OrdinalIgnoreCase))
        {
            if (!uint.TryParse(data.AsSpan(6), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var dword))
            {
                error = $"dword value '{name}' is not 8 hex digits: '{data}'";
                return false;
            }

            value = Typed(DumpValue.Scalar(dword.ToString(CultureInfo.InvariantCulture), location, invariant: true), "REG_DWORD");
            return true;
        }

        if (data.StartsWith("hex", StringComparison.OrdinalIgnoreCase))
        {
            var colon = data.IndexOf(':');
            var kind = colon > 3 && data[3] == '(' && data[colon - 1] == ')' ? data[4..(colon - 1)] : colon == 3 ? "3" : null;
            if (kind is null || !TryParseHex(data[(colon + 1)..], out var bytes))
            {
                error = $"hex value '{name}' is not a list of hex bytes";
                return false;
            }

            value = kind.ToLowerInvariant() switch
            {
                "2" => Typed(DumpValue.Scalar(DecodeString(bytes, unicode).TrimEnd('\0'), location, invariant: true), "REG_EXPAND_SZ"),
                "7" => Typed(DumpValue.Collection([.. DecodeString(bytes, unicode).TrimEnd('\0').Split('\0').Select(s => DumpValue.Scalar(s, location, invariant: true))], location) with { IsInvariant = true }, "REG_MULTI_SZ"),
                "4" when bytes.Length == 4 => Typed(DumpValue.Scalar(BitConverter.ToUInt32(bytes).ToString(CultureInfo.InvariantCulture), location, invariant: true), "REG_DWORD"),
                "b" when bytes.Length == 8 => Typed(DumpValue.Scalar(BitConverter.ToUInt64(bytes).ToString(CultureInfo.InvariantCulture), location, invariant: true), "REG_QWORD"),
                "1" => Typed(DumpValue.Scalar(DecodeString(bytes, unicode).TrimEnd('\0'), location, invariant: true), "REG_SZ"),
                _ => new DumpValue { Kind = DumpValueKind.Binary, Bytes = [.. bytes], Text = Convert.ToHexString(bytes), Location = location, IsInvariant = true, PrimitiveType = "REG_BINARY" },
            };
            return true;
        }

        error = $"value '{name}' has data of an unknown type: '{(data.Length <= 40 ? data : data[..37] + "...")}'";
        return false;
    }

    private static DumpValue Typed(DumpValue value, string type) => value with { PrimitiveType = type };

    private static string DecodeString(byte[] bytes, bool unicode) =>
        unicode ? Encoding.Unicode.GetString(bytes, 0, bytes.Length & ~1) : TextEncodingDetector.Ansi.GetString(bytes);

    private static bool TryParseHex(string text, out byte[] bytes)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        bytes = new byte[parts.Length];
        for (var k = 0; k < parts.Length; k++)
        {
            if (!byte.TryParse(parts[k], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bytes[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A regedit string: <c>\\</c> and <c>\"</c> are the only escapes.</summary>
    private static bool TryReadQuoted(string text, int start, out string value, out int end)
    {
        var builder = new StringBuilder();
        for (var k = start + 1; k < text.Length; k++)
        {
            var c = text[k];
            if (c == '\\' && k + 1 < text.Length)
            {
                builder.Append(text[++k]);
                continue;
            }

            if (c == '"')
            {
                value = builder.ToString();
                end = k + 1;
                return true;
            }

            builder.Append(c);
        }

        value = builder.ToString();
        end = text.Length;
        return false;
    }

    private static void Report(ReaderContext context, DumpLocation location, string message) =>
        context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, location, message));
}
