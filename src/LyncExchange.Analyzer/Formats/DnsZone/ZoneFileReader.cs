using System.Collections.Immutable;
using System.Text;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Dns;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>
/// Reads RFC 1035 §5 master files as BIND and Windows DNS Server write them, one record at a time from the entry's
/// stream: <c>$ORIGIN</c>, <c>$TTL</c>, <c>$INCLUDE</c> (inside the dump set only), BIND <c>$GENERATE</c>, owner
/// inheritance, TTL and class in either order, and the Windows layout (formats.md §5). A record that does not parse is
/// an LXA0904 at its line and the rest of the file is still read.
/// </summary>
public sealed class ZoneFileReader : IRecordReader
{
    private readonly bool _simpleLines;

    public ZoneFileReader()
        : this(simpleLines: true)
    {
    }

    /// <summary>
    /// <paramref name="simpleLines"/> false reads every line through the general tokenizer and record parser: the
    /// reference the fast path is held to.
    /// </summary>
    internal ZoneFileReader(bool simpleLines) => _simpleLines = simpleLines;

    public DumpFormat Format => DumpFormat.DnsZone;

    public IEnumerable<IDumpRecord> ReadRecords(DumpEntry entry, ReaderContext context) => Read(entry, context);

    /// <summary>The typed records of one zone file (and the files it includes).</summary>
    public IEnumerable<ResourceRecord> Read(DumpEntry entry, ReaderContext context) => Read(entry, context, out _);

    /// <summary>The same, handing out the read's state so tests can see which path answered.</summary>
    internal IEnumerable<ResourceRecord> Read(DumpEntry entry, ReaderContext context, out ZoneReadState state)
    {
        state = new ZoneReadState(entry, context) { SimpleLines = _simpleLines };
        return ReadFile(entry, state, [entry.RelativePath], origin: null);
    }

    private static IEnumerable<ResourceRecord> ReadFile(DumpEntry entry, ZoneReadState state, ImmutableArray<string> includeChain, DnsName? origin)
    {
        var path = entry.RelativePath;
        var context = state.Context;
        using var lines = ZoneLineReader.Open(entry, context.Limits.MaxLineLength);
        var tokenizer = new ZoneEntryTokenizer(lines, path, context.Diagnostics, context.Limits.MaxLineLength, state.SimpleLines);
        if (includeChain.Length > 1)
        {
            // An included file starts at the origin the $INCLUDE gave it and never changes the includer's (RFC 1035 §5.1).
            state.Origin = origin;
        }

        for (var item = tokenizer.Next(); item is not null; item = tokenizer.Next())
        {
            if (item.IsSimpleLine)
            {
                if (state.TryReadSimpleRecord(item.SimpleLine.Span, item.OwnerBlank, RecordLocation(path, item), out var simple))
                {
                    if (!state.Emit())
                    {
                        yield break;
                    }

                    yield return simple;
                    continue;
                }

                tokenizer.Expand(item);
            }
            else if (item.HasFields)
            {
                if (state.TryReadFieldRecord(item.FieldText.Span, item.Fields.Span, item.OwnerBlank, RecordLocation(path, item), out var fielded))
                {
                    if (!state.Emit())
                    {
                        yield break;
                    }

                    yield return fielded;
                    continue;
                }

                tokenizer.Expand(item);
            }

            if (item.Tokens.Count == 0)
            {
                state.NoteComment(item.Comment);
                continue;
            }

            var first = item.Tokens[0];
            if (!item.OwnerBlank && !first.Quoted && first.Text.StartsWith('$'))
            {
                var directive = first.Text.ToUpperInvariant();
                switch (directive)
                {
                    case "$ORIGIN":
                        ReadOrigin(item, state, path);
                        break;
                    case "$TTL":
                        ReadTtl(item, state, path);
                        break;
                    case "$INCLUDE":
                        var included = ReadInclude(entry, item, state, includeChain);
                        if (included is not null)
                        {
                            var originBefore = state.Origin;
                            foreach (var record in included)
                            {
                                yield return record;
                            }

                            state.Origin = originBefore;
                        }

                        break;
                    case "$GENERATE":
                        foreach (var record in ReadGenerate(item, state, path))
                        {
                            yield return record;
                        }

                        break;
                    default:
                        state.Error(Location(path, first), $"unknown directive '{first.Text}' (known: $ORIGIN, $TTL, $INCLUDE, $GENERATE)");
                        break;
                }

                continue;
            }

            if (state.TryReadRecord(item.Tokens, item.OwnerBlank, RecordLocation(path, item), out var read))
            {
                if (state.Emit())
                {
                    yield return read;
                }
                else
                {
                    yield break;
                }
            }
        }
    }

    private static void ReadOrigin(ZoneEntry item, ZoneReadState state, string path)
    {
        if (item.Tokens.Count < 2)
        {
            state.Error(Location(path, item.Tokens[0]), "$ORIGIN needs a domain name");
            return;
        }

        var token = item.Tokens[1];
        if (!DnsName.TryParse(token.Text, state.Origin, out var name, out var error))
        {
            state.Error(Location(path, token), $"$ORIGIN '{token.Text}': {error}");
            return;
        }

        state.Origin = name;
        if (item.Tokens.Count > 2)
        {
            state.Error(Location(path, item.Tokens[2]), $"unexpected '{item.Tokens[2].Text}' after $ORIGIN");
        }
    }

    private static void ReadTtl(ZoneEntry item, ZoneReadState state, string path)
    {
        if (item.Tokens.Count < 2 || !ZoneFileGrammar.TryParseTtl(item.Tokens[1].Text, out var ttl))
        {
            var at = item.Tokens.Count < 2 ? item.Tokens[0] : item.Tokens[1];
            state.Error(Location(path, at), "$TTL needs a time value (seconds, or units like 1h30m), at most 2147483647");
            return;
        }

        state.DefaultTtl = ttl;
    }

    /// <summary>
    /// Resolves <c>$INCLUDE file [origin]</c> relative to the including file inside the dump set. Absolute paths,
    /// <c>..</c> above the dump set's root, cycles and nesting deeper than the limit are refused and never opened.
    /// </summary>
    private static IEnumerable<ResourceRecord>? ReadInclude(DumpEntry including, ZoneEntry item, ZoneReadState state, ImmutableArray<string> includeChain)
    {
        var path = including.RelativePath;
        var context = state.Context;
        if (item.Tokens.Count < 2)
        {
            state.Error(Location(path, item.Tokens[0]), "$INCLUDE needs a file name");
            return null;
        }

        var fileToken = item.Tokens[1];
        var location = Location(path, fileToken);
        if (!ZoneRdataParser.TryDecodeString(fileToken.Text, out var target, out _) || target.Length == 0)
        {
            state.Error(location, "$INCLUDE file name is not readable");
            return null;
        }

        DnsName? includeOrigin = state.Origin;
        if (item.Tokens.Count > 2)
        {
            if (!DnsName.TryParse(item.Tokens[2].Text, state.Origin, out var given, out var originError))
            {
                state.Error(Location(path, item.Tokens[2]), $"$INCLUDE origin '{item.Tokens[2].Text}': {originError}");
                return null;
            }

            includeOrigin = given;
        }

        if (!TryResolveInside(including.Directory, target, out var resolved, out var refusal))
        {
            state.Error(location, $"$INCLUDE '{target}' refused: {refusal}; only files inside the dump set are read");
            return null;
        }

        if (includeChain.Contains(resolved, StringComparer.OrdinalIgnoreCase))
        {
            state.Error(location, $"$INCLUDE '{target}' refused: include cycle ({string.Join(" -> ", includeChain)} -> {resolved})");
            return null;
        }

        if (includeChain.Length > context.Limits.MaxIncludeDepth)
        {
            state.Error(location, $"$INCLUDE '{target}' refused: includes nest deeper than {context.Limits.MaxIncludeDepth}");
            return null;
        }

        var entry = context.DumpSet?.Find(resolved);
        if (entry is null)
        {
            context.Diagnostics.Report(new InputDiagnostic(
                InputDiagnosticIds.EvidenceMissing,
                location,
                $"$INCLUDE '{target}' ({resolved}) is not in the dump set; the records it holds are missing from zone {state.ZoneDisplay}. Send that file too."));
            return null;
        }

        return ReadFile(entry, state, includeChain.Add(resolved), includeOrigin);
    }

    /// <summary>
    /// The dump-set paths a zone file pulls in with <c>$INCLUDE</c>, found by a cheap line scan, so the engine reads an
    /// included file only through its includer (on its own it has no origin and would misparse).
    /// </summary>
    public static IReadOnlyList<string> IncludeTargets(DumpEntry entry)
    {
        var targets = new List<string>();
        if (!MentionsInclude(entry))
        {
            return targets;
        }

        using var stream = entry.Open();
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        string? line;
        var lines = 0;
        while ((line = reader.ReadLine()) is not null && lines++ < 1_000_000)
        {
            var trimmed = line.TrimStart();
            if (!trimmed.StartsWith("$INCLUDE", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var parts = trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && TryResolveInside(entry.Directory, parts[1].Trim('"'), out var resolved, out _))
            {
                targets.Add(resolved);
            }
        }

        return targets;
    }

    /// <summary>
    /// Whether the text holds <c>$INCLUDE</c> anywhere, found in blocks without a string per line: a line can only start
    /// with the directive if the text contains it, so most zones skip the line scan altogether.
    /// </summary>
    private static bool MentionsInclude(DumpEntry entry)
    {
        const string directive = "$INCLUDE";
        using var stream = entry.Open();
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        var block = new char[64 * 1024];
        var carried = 0;
        int read;
        while ((read = reader.Read(block, carried, block.Length - carried)) > 0)
        {
            var text = block.AsSpan(0, carried + read);
            for (var at = text.IndexOf('$'); at >= 0; at = NextDollar(text, at))
            {
                if (text.Length - at < directive.Length)
                {
                    break;
                }

                if (text[at..].StartsWith(directive, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            // Keep a tail that could be the start of the directive cut by the block's end.
            carried = Math.Min(directive.Length - 1, text.Length);
            text[^carried..].CopyTo(block);
        }

        return false;

        static int NextDollar(ReadOnlySpan<char> text, int at)
        {
            var next = text[(at + 1)..].IndexOf('$');
            return next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>Joins <paramref name="target"/> to the including file's folder, refusing anything that leaves the dump set.</summary>
    internal static bool TryResolveInside(string directory, string target, out string resolved, out string refusal)
    {
        resolved = string.Empty;
        refusal = string.Empty;
        if (target[0] is '/' or '\\' or '~' || (target.Length > 1 && target[1] == ':'))
        {
            refusal = "absolute path";
            return false;
        }

        var segments = new List<string>();
        foreach (var part in (directory + target).Split('/', '\\'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (segments.Count == 0)
                {
                    refusal = "'..' leads outside the dump set";
                    return false;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(part);
        }

        if (segments.Count == 0)
        {
            refusal = "not a file";
            return false;
        }

        resolved = string.Join('/', segments);
        return true;
    }

    /// <summary>
    /// BIND <c>$GENERATE start-stop[/step] lhs [ttl] [class] type rhs</c>: expands into records, refusing ranges longer
    /// than <see cref="ReaderLimits.MaxGenerateCount"/> before generating anything.
    /// </summary>
    private static IEnumerable<ResourceRecord> ReadGenerate(ZoneEntry item, ZoneReadState state, string path)
    {
        var tokens = item.Tokens;
        if (tokens.Count < 5)
        {
            state.Error(Location(path, tokens[0]), "$GENERATE needs a range, an owner template, a type and RDATA");
            yield break;
        }

        if (!ZoneFileGrammar.TryParseRange(tokens[1].Text, out var range))
        {
            state.Error(Location(path, tokens[1]), $"$GENERATE range '{tokens[1].Text}' is not start-stop[/step] with start <= stop");
            yield break;
        }

        var limit = state.Context.Limits.MaxGenerateCount;
        if (range.Count > limit)
        {
            state.Error(Location(path, tokens[1]), $"$GENERATE range '{tokens[1].Text}' would create {range.Count:N0} records, more than the limit of {limit:N0}; nothing was generated");
            yield break;
        }

        // Fields after the owner template up to the type are TTL/class and are copied as they are.
        var templates = new List<(ImmutableArray<GenerateSegment>? Segments, ZoneToken Token)>(tokens.Count - 2);
        var typeSeen = false;
        for (var i = 2; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var isTemplate = i == 2 || typeSeen;
            if (i > 2 && !typeSeen && DnsRecordTypes.TryParse(token.Text, out _))
            {
                typeSeen = true;
            }

            if (!isTemplate)
            {
                templates.Add((null, token));
                continue;
            }

            if (!ZoneFileGrammar.TryParseTemplate(token.Text, out var segments))
            {
                state.Error(Location(path, token), $"$GENERATE template '{token.Text}' is malformed (use $, ${{offset,width,base}} or \\$)");
                yield break;
            }

            templates.Add((segments, token));
        }

        var location = RecordLocation(path, item);
        var generated = new List<ZoneToken>(templates.Count);
        var builder = new StringBuilder();
        for (var value = range.Start; value <= range.Stop; value += range.Step)
        {
            generated.Clear();
            foreach (var (segments, token) in templates)
            {
                if (segments is null)
                {
                    generated.Add(token);
                    continue;
                }

                builder.Clear();
                foreach (var segment in segments.Value)
                {
                    segment.AppendTo(builder, value);
                }

                generated.Add(token with { Text = builder.ToString() });
            }

            if (!state.TryReadRecord(generated, ownerBlank: false, location, out var record))
            {
                // One report per $GENERATE line is enough: every iteration would fail the same way.
                yield break;
            }

            if (!state.Emit())
            {
                yield break;
            }

            yield return record;
        }
    }

    private static DumpLocation Location(string path, ZoneToken token) =>
        DumpLocation.OnLine(path, token.Line, token.Column, token.Length);

    private static DumpLocation RecordLocation(string path, ZoneEntry item) =>
        new(path, item.StartLine, 1, item.EndLine, item.EndColumn);
}
