using System.IO.Compression;
using System.Text;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>
/// Reads back the lines a report quotes, from the dump files under the analysed root (read-only; inside a .zip
/// through its entry, <c>archive.zip!/inner/path</c>). Each file is decoded once, streaming, keeping only the
/// lines asked for, with the same encoding detection and line breaks the readers used, so line N is the line
/// the diagnostic points at. Nothing outside the root is opened.
/// </summary>
public sealed class SourceLineReader(string root, IReadOnlyDictionary<string, string>? encodingNames = null)
{
    private const int DetectionBytes = 64 * 1024;

    /// <summary>Quoted lines are cut here (with an ellipsis); a dump line longer than this is not evidence anyone reads.</summary>
    public const int MaxQuotedLineLength = 4096;

    private readonly string _root = Path.GetFullPath(root);
    private readonly Dictionary<string, Dictionary<int, string>> _cache = new(StringComparer.Ordinal);

    /// <summary>The lines of a location's region (capped), or null when the location has none or the file cannot be read.</summary>
    public SourceSnippet? Snippet(DumpLocation location) =>
        SnippetRange(location) is { } range ? Read(location.Path, range.First, range.Last) : null;

    /// <summary>Announces every location to be quoted, so each file is read once however many findings it has.</summary>
    public void Prefetch(IEnumerable<DumpLocation> locations)
    {
        foreach (var group in locations.Where(l => SnippetRange(l) is not null).GroupBy(l => l.Path, StringComparer.Ordinal))
        {
            var wanted = new HashSet<int>();
            foreach (var location in group)
            {
                var (first, last) = SnippetRange(location)!.Value;
                for (var line = first; line <= last; line++)
                {
                    wanted.Add(line);
                }
            }

            Load(group.Key, wanted);
        }
    }

    private static (int First, int Last)? SnippetRange(DumpLocation location)
    {
        if (location.IsNone || string.IsNullOrEmpty(location.Path) || IsWholeFile(location))
        {
            return null;
        }

        var last = Math.Max(location.Line, location.EndLine);
        // An end column of 1 on a later line means the span stops at that line's start: that line is not part of it.
        if (last > location.Line && location.EndColumn <= 1)
        {
            last--;
        }

        return (location.Line, Math.Min(last, location.Line + SourceSnippet.MaxLines - 1));
    }

    public static bool IsWholeFile(DumpLocation location) =>
        location is { Line: 1, Column: 1, EndLine: 1, EndColumn: 1 };

    private SourceSnippet? Read(string path, int first, int last)
    {
        if (!_cache.TryGetValue(path, out var lines) || !Enumerable.Range(first, last - first + 1).All(lines.ContainsKey))
        {
            Load(path, [.. Enumerable.Range(first, last - first + 1)]);
            lines = _cache[path];
        }

        var builder = new StringBuilder();
        for (var line = first; line <= last; line++)
        {
            if (!lines.TryGetValue(line, out var text))
            {
                break;
            }

            if (line > first)
            {
                builder.Append('\n');
            }

            builder.Append(text);
        }

        return builder.Length == 0 && !lines.ContainsKey(first) ? null : new SourceSnippet(first, builder.ToString());
    }

    private void Load(string path, HashSet<int> wanted)
    {
        if (!_cache.TryGetValue(path, out var lines))
        {
            lines = [];
            _cache[path] = lines;
        }

        if (wanted.All(lines.ContainsKey))
        {
            return;
        }

        try
        {
            using var stream = Open(path);
            if (stream is null)
            {
                return;
            }

            var head = new byte[DetectionBytes];
            var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var encoding = KnownEncoding(path) ?? TextEncodingDetector.Detect(head.AsSpan(0, headLength));
            if (encoding.PreambleLength > headLength)
            {
                return;
            }

            var combined = new PrefixedStream(head.AsMemory(encoding.PreambleLength, headLength - encoding.PreambleLength), stream);
            using var reader = new StreamReader(combined, encoding.Encoding, detectEncodingFromByteOrderMarks: false);
            var max = wanted.Max();
            var number = 0;
            while (number < max && reader.ReadLine() is { } text)
            {
                number++;
                if (wanted.Contains(number))
                {
                    // A hostile 100 MB line must not be copied into every report that quotes it.
                    lines[number] = text.Length <= MaxQuotedLineLength ? text : string.Concat(text.AsSpan(0, MaxQuotedLineLength), "\u2026");
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException)
        {
            // A report never fails because evidence cannot be quoted; the finding keeps its file:line.
        }
    }

    /// <summary>The encoding the engine decided for the file (it saw all of it), so both read the same characters.</summary>
    private DetectedEncoding? KnownEncoding(string path)
    {
        if (encodingNames is null || !encodingNames.TryGetValue(path, out var name))
        {
            return null;
        }

        return name switch
        {
            "utf-8-bom" => new DetectedEncoding(new UTF8Encoding(false), name, 3, null),
            "utf-8" => new DetectedEncoding(new UTF8Encoding(false), name, 0, null),
            "utf-16le-bom" => new DetectedEncoding(new UnicodeEncoding(false, false), name, 2, null),
            "utf-16le" => new DetectedEncoding(new UnicodeEncoding(false, false), name, 0, null),
            "utf-16be-bom" => new DetectedEncoding(new UnicodeEncoding(true, false), name, 2, null),
            "utf-16be" => new DetectedEncoding(new UnicodeEncoding(true, false), name, 0, null),
            "windows-1252" => new DetectedEncoding(TextEncodingDetector.Ansi, name, 0, null),
            _ => null,
        };
    }

    private Stream? Open(string path)
    {
        var bang = path.IndexOf("!/", StringComparison.Ordinal);
        var filePart = bang < 0 ? path : path[..bang];
        var full = Path.GetFullPath(Path.Combine(_root, filePart));
        var rootWithSeparator = _root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        if (bang < 0)
        {
            return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096, FileOptions.SequentialScan);
        }

        var entryName = path[(bang + 2)..];
        var archive = ZipFile.OpenRead(full);
        var entry = archive.Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/'), entryName, StringComparison.Ordinal));
        if (entry is null)
        {
            archive.Dispose();
            return null;
        }

        return new ArchiveEntryStream(archive, entry.Open());
    }

    /// <summary>Keeps the archive open as long as its entry stream is read.</summary>
    private sealed class ArchiveEntryStream(ZipArchive archive, Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                archive.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
