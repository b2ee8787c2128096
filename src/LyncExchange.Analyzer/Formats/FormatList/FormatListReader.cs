using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.Encodings;
using LyncExchange.Analyzer.Formats.Transcript;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.FormatList;

/// <summary>
/// Reads <c>Format-List</c> text: objects separated by blank lines, <c>Label : Value</c> lines with labels
/// padded to the object's longest label, continuation lines indented to the value column, and collections.
/// Several cmdlets' output may follow each other in one file (each object has its own value column), and error
/// records printed among them become <see cref="CollectionSignal"/> objects. See formats.md §2.1–2.3 for the
/// formatter's algorithm this reverses.
/// </summary>
public sealed class FormatListReader : IDumpReader
{
    public DumpFormat Format => DumpFormat.FormatList;

    /// <summary>
    /// Reads the file in blocks, twice: once to measure the layout (the wrap width is the whole file's) and check the
    /// decoding, once to read the objects. Neither the bytes nor the text of the file are held whole, so memory follows
    /// what the objects keep, not the file's size.
    /// </summary>
    public IEnumerable<DumpObject> Read(DumpEntry entry, ReaderContext context) => Read(entry, context, TextBlockDecoder.DefaultBlockBytes);

    public IEnumerable<DumpObject> Read(SourceFile source, ReaderContext context)
    {
        var meter = new LayoutMeter();
        var splitter = new LineSplitter();
        splitter.Feed(source.Text, 0, meter);
        splitter.Finish(meter);
        return ReadFast(source.Path, [source.Text.AsMemory()], meter.Layout(context.SourceCulture), context);
    }

    /// <summary>The block reader with a chosen block size: tests cut files into tiny blocks to cross every boundary.</summary>
    internal static IEnumerable<DumpObject> Read(DumpEntry entry, ReaderContext context, int blockBytes)
    {
        if (!TryMeasure(entry, context, blockBytes, out var encoding, out var layout))
        {
            return [];
        }

        return ReadFast(entry.RelativePath, Blocks(entry, encoding, context, blockBytes), layout, context);
    }

    /// <summary>
    /// The reader without its fast path: the whole text decoded, a string per line and every line offered to the error
    /// record scanner. It is the definition the fast path is held to (FormatListFastPathTests).
    /// </summary>
    internal static IEnumerable<DumpObject> ReadWithoutFastPath(DumpEntry entry, ReaderContext context)
    {
        DumpTextDecoder.TryDecode(entry, context, out var source);
        return ReadWithoutFastPath(source, context);
    }

    /// <inheritdoc cref="ReadWithoutFastPath(DumpEntry, ReaderContext)"/>
    internal static IEnumerable<DumpObject> ReadWithoutFastPath(SourceFile source, ReaderContext context)
    {
        var lines = PhysicalLine.Split(source.Text);
        var layout = FormatListLayout.For(lines, 0, lines.Count, context.SourceCulture);
        return ReadRangeLazily(source.Path, lines, 0, lines.Count, layout, context);
    }

    /// <summary>
    /// Objects are handed out run by run, so each is bound and dropped while the next is read; collecting a whole
    /// file's objects first made the garbage collector the reader's main cost on large dumps.
    /// </summary>
    private static IEnumerable<DumpObject> ReadFast(string path, IEnumerable<ReadOnlyMemory<char>> blocks, FormatListLayout layout, ReaderContext context)
    {
        var runs = new FormatListFastPath(path, layout, context);
        var splitter = new LineSplitter();
        foreach (var block in blocks)
        {
            var position = 0;
            while (position < block.Length)
            {
                position = splitter.Feed(block.Span, position, runs);
                foreach (var dump in runs.Completed)
                {
                    yield return dump;
                }

                runs.ClearCompleted();
            }
        }

        splitter.Finish(runs);
        runs.EndRun();
        foreach (var dump in runs.Completed)
        {
            yield return dump;
        }

        runs.ClearCompleted();
    }

    /// <summary>The first pass: the encoding, the layout, and the decoding findings (LXA0903), reported once the file has been read to its end.</summary>
    private static bool TryMeasure(DumpEntry entry, ReaderContext context, int blockBytes, out DetectedEncoding encoding, out FormatListLayout layout)
    {
        try
        {
            encoding = TextBlockDecoder.Detect(entry.Open, blockBytes);
            var meter = new LayoutMeter();
            var splitter = new LineSplitter();
            var check = new EncodingLineCheck(entry.RelativePath, encoding);
            using (var decoder = TextBlockDecoder.Open(entry.Open, encoding, blockBytes))
            {
                for (var block = decoder.Next(); !block.IsEmpty; block = decoder.Next())
                {
                    splitter.Feed(block.Span, 0, meter);
                    check.Feed(block.Span);
                }
            }

            splitter.Finish(meter);
            check.Finish();
            layout = meter.Layout(context.SourceCulture);
            foreach (var finding in check.Findings)
            {
                context.Diagnostics.Report(finding);
            }

            return true;
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            ReportReadFailure(entry, context, ex);
            encoding = TextEncodingDetector.Utf8OrAnsi(true);
            layout = FormatListLayout.ForWidth(int.MaxValue, context.SourceCulture);
            return false;
        }
    }

    /// <summary>The second pass's blocks; a file that fails now (it changed since the first pass) ends with a diagnostic.</summary>
    private static IEnumerable<ReadOnlyMemory<char>> Blocks(DumpEntry entry, DetectedEncoding encoding, ReaderContext context, int blockBytes)
    {
        TextBlockDecoder decoder;
        try
        {
            decoder = TextBlockDecoder.Open(entry.Open, encoding, blockBytes);
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            ReportReadFailure(entry, context, ex);
            yield break;
        }

        using (decoder)
        {
            while (true)
            {
                ReadOnlyMemory<char> block;
                try
                {
                    block = decoder.Next();
                }
                catch (Exception ex) when (IsReadFailure(ex))
                {
                    ReportReadFailure(entry, context, ex);
                    block = ReadOnlyMemory<char>.Empty;
                }

                if (block.IsEmpty)
                {
                    yield break;
                }

                yield return block;
            }
        }
    }

    private static bool IsReadFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or DumpLimitExceededException or InvalidDataException;

    private static void ReportReadFailure(DumpEntry entry, ReaderContext context, Exception ex) =>
        context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.WholeFile(entry.RelativePath), $"file could not be read: {ex.Message}"));

    internal static void ReadRange(SourceFile source, List<PhysicalLine> lines, int start, int end, FormatListLayout layout, ReaderContext context, List<DumpObject> results) =>
        results.AddRange(ReadRangeLazily(source.Path, lines, start, end, layout, context));

    /// <summary>Reads the objects of lines [start, end): the whole file, or one command's output inside a transcript.</summary>
    internal static IEnumerable<DumpObject> ReadRangeLazily(string path, List<PhysicalLine> lines, int start, int end, FormatListLayout layout, ReaderContext context)
    {
        var results = new List<DumpObject>();
        var errors = ErrorRecordScanner.Scan(lines, start, end);
        var nextError = 0;
        var blockStart = start;
        while (blockStart < end)
        {
            while (blockStart < end && IsBlank(lines[blockStart].Text))
            {
                blockStart++;
            }

            if (nextError < errors.Count && errors[nextError].StartIndex == blockStart)
            {
                var error = errors[nextError++];
                yield return ToObject(path, lines, error);
                blockStart = error.EndIndex;
                continue;
            }

            var blockEnd = blockStart;
            var stop = nextError < errors.Count ? errors[nextError].StartIndex : end;
            while (blockEnd < end && blockEnd < stop && !IsBlank(lines[blockEnd].Text))
            {
                blockEnd++;
            }

            if (blockEnd > blockStart)
            {
                ReadBlock(path, lines, blockStart, blockEnd, layout, context, results);
                foreach (var result in results)
                {
                    yield return result;
                }

                results.Clear();
            }

            blockStart = blockEnd;
        }
    }

    internal static DumpObject ToObject(SourceFile source, List<PhysicalLine> lines, PrintedErrorRecord error) => ToObject(source.Path, lines, error);

    private static DumpObject ToObject(string path, List<PhysicalLine> lines, PrintedErrorRecord error)
    {
        var first = lines[error.StartIndex];
        var last = lines[error.EndIndex - 1];
        var location = new DumpLocation(path, first.Number, 1, last.Number, last.Text.Length + 1);
        return CollectionSignal.ErrorRecord(path, location, error.Cmdlet, error.Message, error.CategoryInfo, error.FullyQualifiedErrorId);
    }

    private static void ReadBlock(string path, List<PhysicalLine> lines, int start, int end, FormatListLayout layout, ReaderContext context, List<DumpObject> results)
    {
        var column = FindValueColumn(lines, start, end);
        if (column < 0)
        {
            for (var i = start; i < end; i++)
            {
                ReportNoise(path, lines[i], context);
            }

            return;
        }

        var builder = new ObjectBuilder(path, context);
        PendingProperty? pending = null;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            var text = line.Text;
            if (text.Length > context.Limits.MaxLineLength)
            {
                context.Diagnostics.Report(new InputDiagnostic(
                    InputDiagnosticIds.ParseError,
                    DumpLocation.OnLine(path, line.Number, 1, 0),
                    $"line is {text.Length:N0} characters long, more than the {context.Limits.MaxLineLength:N0} a dump line may have; it was skipped"));
                continue;
            }

            if (IsPropertyLine(text, column))
            {
                if (pending is not null)
                {
                    builder.Add(pending);
                }

                var label = text[..(column - 3)].TrimEnd();
                var valueStart = Math.Min(column, text.Length);
                pending = new PendingProperty(label, line.Number, 1);
                pending.AddSegment(line.Number, valueStart + 1, text.AsSpan(valueStart));
                if (builder.ShouldStartNewObject(label))
                {
                    builder.Flush(results);
                }

                continue;
            }

            if (pending is not null && IsContinuation(text, column))
            {
                var fragment = text[column..];
                var joiner = layout.JoinerFor(lines[i - 1].Text, fragment, pending.ValueStartsWithBrace, column);
                pending.AddSegment(line.Number, column + 1, fragment, joiner);
                continue;
            }

            if (pending is not null)
            {
                builder.Add(pending);
                pending = null;
            }

            ReportNoise(path, line, context);
        }

        if (pending is not null)
        {
            builder.Add(pending);
        }

        builder.Flush(results);
    }

    internal static void ReportNoise(SourceFile source, PhysicalLine line, ReaderContext context) => ReportNoise(source.Path, line, context);

    internal static void ReportNoise(string path, PhysicalLine line, ReaderContext context)
    {
        var text = line.Text.TrimEnd();
        if (text.Length == 0)
        {
            return;
        }

        var location = DumpLocation.OnLine(path, line.Number, 1, text.Length);
        if (text.StartsWith("WARNING:", StringComparison.OrdinalIgnoreCase) && text.Contains("only the first", StringComparison.OrdinalIgnoreCase))
        {
            context.Diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.Truncated, location, $"the cmdlet stopped early: '{text}'; objects after the result size limit are missing. Re-collect with -ResultSize Unlimited."));
            return;
        }

        if (text.StartsWith("WARNING:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("VERBOSE:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        context.Diagnostics.Report(new InputDiagnostic(
            InputDiagnosticIds.ParseError,
            location,
            $"line is neither 'Name : Value' nor a continuation of the previous value: '{Shorten(text)}'"));
    }

    /// <summary>
    /// The value column is the same for every property of one object (labels are padded to the longest),
    /// so the most common position of the first " : " wins; labels with spaces or colons cannot fool it.
    /// </summary>
    private static int FindValueColumn(List<PhysicalLine> lines, int start, int end)
    {
        var counts = new Dictionary<int, int>();
        for (var i = start; i < end; i++)
        {
            CountValueColumn(counts, lines[i].Text);
        }

        return MostCommonValueColumn(counts);
    }

    internal static void CountValueColumn(Dictionary<int, int> counts, ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text[0] == ' ')
        {
            return;
        }

        var index = text.IndexOf(" : ", StringComparison.Ordinal);
        if (index < 0 && text.EndsWith(" :", StringComparison.Ordinal))
        {
            index = text.Length - 2;
        }

        if (index > 0)
        {
            counts[index + 3] = counts.GetValueOrDefault(index + 3) + 1;
        }
    }

    internal static int MostCommonValueColumn(Dictionary<int, int> counts)
    {
        var best = -1;
        var bestCount = 0;
        foreach (var (column, count) in counts)
        {
            if (count > bestCount || (count == bestCount && column > best))
            {
                best = column;
                bestCount = count;
            }
        }

        return best;
    }

    internal static bool IsPropertyLine(ReadOnlySpan<char> text, int column)
    {
        if (text.Length == 0 || text[0] == ' ')
        {
            return false;
        }

        if (text.Length >= column)
        {
            return text.Slice(column - 3, 3).SequenceEqual(" : ");
        }

        // "Label :" after a transfer trimmed the trailing space of an empty value.
        return text.Length == column - 1 && text.EndsWith(" :", StringComparison.Ordinal);
    }

    internal static bool IsContinuation(ReadOnlySpan<char> text, int column) =>
        text.Length > column && !text[..column].ContainsAnyExcept(' ');

    internal static bool IsBlank(ReadOnlySpan<char> text) => text.IsWhiteSpace();

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
