using System.Collections.Immutable;
using System.Text;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.Encodings;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Csv;

/// <summary>
/// Reads <c>Export-Csv</c> output (formats.md §3.3): an optional <c>#TYPE</c> line (the type names), a header row,
/// RFC 4180 quoting (doubled quotes, line breaks inside quotes), <c>,</c> or the <c>-UseCulture</c> <c>;</c>.
/// Export-Csv writes a collection as its type name (<c>System.Object[]</c>, <c>System.Collections.ArrayList</c>,
/// <c>System.Collections.Generic.List`1[System.String]</c>): such a value is a truncated collection whose
/// truncation mark is that type name, so the binder reports LXA0901 rather than binding the type name.
/// </summary>
public sealed class CsvReader : IDumpReader
{
    public DumpFormat Format => DumpFormat.Csv;

    public IEnumerable<DumpObject> Read(DumpEntry entry, ReaderContext context)
    {
        if (!DumpTextDecoder.TryDecode(entry, context, out var source))
        {
            return [];
        }

        return Read(source, context);
    }

    public static IEnumerable<DumpObject> Read(SourceFile source, ReaderContext context)
    {
        var results = new List<DumpObject>();
        var scanner = new CsvScanner(source.Text);
        ImmutableArray<string> typeNames = [];
        List<CsvField>? header = null;
        var delimiter = ',';
        while (scanner.TryPeekLineStart(out var lineText))
        {
            if (header is null && lineText.StartsWith("#TYPE ", StringComparison.Ordinal))
            {
                typeNames = [lineText[6..].Trim()];
                scanner.SkipLine();
                continue;
            }

            if (header is null)
            {
                if (lineText.Trim().Length == 0)
                {
                    scanner.SkipLine();
                    continue;
                }

                delimiter = lineText.Contains(',') || !lineText.Contains(';') ? ',' : ';';
                header = scanner.ReadRecord(delimiter, context.Limits.MaxLineLength);
                continue;
            }

            var line = scanner.Line;
            var fields = scanner.ReadRecord(delimiter, context.Limits.MaxLineLength);
            if (fields.Count == 1 && fields[0].Text.Length == 0 && !fields[0].Quoted)
            {
                continue;
            }

            if (fields.Count != header.Count)
            {
                context.Diagnostics.Report(new InputDiagnostic(
                    InputDiagnosticIds.ParseError,
                    DumpLocation.OnLine(source.Path, line, 1, 1),
                    $"row has {fields.Count} fields but the header has {header.Count}; fields are matched to columns by position"));
            }

            var properties = ImmutableArray.CreateBuilder<DumpProperty>(header.Count);
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var k = 0; k < header.Count && k < fields.Count; k++)
            {
                var name = header[k].Text;
                if (name.Length == 0 || !names.Add(name))
                {
                    continue;
                }

                if (fields[k].Text.Length >= context.Limits.MaxLineLength)
                {
                    // The scanner stops keeping characters at the cap; the cut must be said, not dropped silently.
                    context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.Truncated, DumpLocation.OnLine(source.Path, fields[k].Line, fields[k].Column, 1), $"field '{name}' is longer than {context.Limits.MaxLineLength:N0} characters; only the first {context.Limits.MaxLineLength:N0} were kept"));
                }

                properties.Add(new DumpProperty(name, ToValue(fields[k], source.Path), header[k].Location(source.Path)));
            }

            results.Add(new DumpObject
            {
                SourcePath = source.Path,
                Location = DumpLocation.OnLine(source.Path, line, 1, 1),
                TypeNames = typeNames,
                Properties = properties.ToImmutable(),
            });

            if (results.Count > context.Limits.MaxObjectsPerFile)
            {
                context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.OnLine(source.Path, line, 1, 1), $"more than {context.Limits.MaxObjectsPerFile:N0} rows; the rest of the file is not read"));
                break;
            }
        }

        if (scanner.UnterminatedQuoteLine is { } open)
        {
            context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.OnLine(source.Path, open, 1, 1), "a quoted field is never closed; the rest of the file was read as that field"));
        }

        return results;
    }

    private static DumpValue ToValue(CsvField field, string path)
    {
        var location = field.Location(path);
        if (field.Text.Length == 0)
        {
            return field.Quoted ? DumpValue.Scalar(string.Empty, location) : DumpValue.Null(location);
        }

        if (IsCollectionTypeName(field.Text))
        {
            return new DumpValue
            {
                Kind = DumpValueKind.Collection,
                Text = field.Text,
                Location = location,
                IsTruncated = true,
                TruncationMark = field.Text,
            };
        }

        return DumpValue.Scalar(field.Text, location);
    }

    /// <summary>The ToString of a .NET collection type: what Export-Csv writes instead of the items.</summary>
    internal static bool IsCollectionTypeName(string text)
    {
        if (text.Contains(' ') || !(text.StartsWith("System.", StringComparison.Ordinal) || text.StartsWith("Microsoft.", StringComparison.Ordinal) || text.StartsWith("Deserialized.", StringComparison.Ordinal)))
        {
            return false;
        }

        return text.EndsWith("[]", StringComparison.Ordinal)
            || text.Contains("`1[", StringComparison.Ordinal)
            || text.Contains("`2[", StringComparison.Ordinal)
            || text.EndsWith(".ArrayList", StringComparison.Ordinal)
            || text.EndsWith(".Hashtable", StringComparison.Ordinal)
            || text.EndsWith("Collection", StringComparison.Ordinal)
            || text.Contains("MultiValuedProperty", StringComparison.Ordinal);
    }
}
