using System.IO.Compression;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Dumps;

/// <summary>
/// The files a customer sent: a folder, loose files or a .zip. Enumerated, never extracted to disk;
/// symbolic links are not followed; entry paths are relative to the analysed root with forward slashes.
/// </summary>
public sealed class DumpSet
{
    private readonly List<DumpEntry> _entries;

    private DumpSet(string root, List<DumpEntry> entries)
    {
        Root = root;
        _entries = entries;
    }

    /// <summary>The directory that relative paths are relative to.</summary>
    public string Root { get; }

    public IReadOnlyList<DumpEntry> Entries => _entries;

    public DumpEntry? Find(string relativePath) =>
        _entries.FirstOrDefault(e => string.Equals(e.RelativePath, relativePath, StringComparison.OrdinalIgnoreCase));

    public static DumpSet Open(IReadOnlyList<string> paths, DumpSetLimits limits, IInputDiagnosticSink diagnostics)
    {
        var full = paths.Select(Path.GetFullPath).ToList();
        var root = CommonRoot(full);
        var entries = new List<DumpEntry>();
        foreach (var path in full)
        {
            if (Directory.Exists(path))
            {
                AddDirectory(root, path, entries, limits, diagnostics);
            }
            else if (File.Exists(path))
            {
                AddFile(root, new FileInfo(path), entries, limits, diagnostics);
            }
            else
            {
                diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.NotRecognised, DumpLocation.WholeFile(Relative(root, path)), "path does not exist"));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new DumpSet(root, entries);
    }

    private static void AddDirectory(string root, string directory, List<DumpEntry> entries, DumpSetLimits limits, IInputDiagnosticSink diagnostics)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            AttributesToSkip = FileAttributes.None,
            IgnoreInaccessible = true,
        };

        foreach (var dir in Directory.EnumerateDirectories(directory, "*", options).Order(StringComparer.Ordinal))
        {
            if (new DirectoryInfo(dir).LinkTarget is not null)
            {
                diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.NotRecognised, DumpLocation.WholeFile(Relative(root, dir)), "symbolic link to a folder not followed"));
                continue;
            }

            AddDirectory(root, dir, entries, limits, diagnostics);
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*", options).Order(StringComparer.Ordinal))
        {
            AddFile(root, new FileInfo(file), entries, limits, diagnostics);
        }
    }

    private static void AddFile(string root, FileInfo file, List<DumpEntry> entries, DumpSetLimits limits, IInputDiagnosticSink diagnostics)
    {
        var relative = Relative(root, file.FullName);
        if (file.LinkTarget is not null)
        {
            diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.NotRecognised, DumpLocation.WholeFile(relative), "symbolic link not followed"));
            return;
        }

        if (entries.Count >= limits.MaxEntries)
        {
            diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.WholeFile(relative), $"dump set has more than {limits.MaxEntries:N0} files; the rest is not read"));
            return;
        }

        if (file.Extension.Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            AddArchive(relative, file, entries, limits, diagnostics);
            return;
        }

        if (file.Length > limits.MaxFileBytes)
        {
            diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.WholeFile(relative), $"file is {file.Length:N0} bytes, more than the {limits.MaxFileBytes:N0}-byte limit; it is not read"));
            return;
        }

        var fullName = file.FullName;
        entries.Add(new DumpEntry(relative, file.Length, () => new FileStream(fullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan)));
    }

    private static void AddArchive(string relative, FileInfo file, List<DumpEntry> entries, DumpSetLimits limits, IInputDiagnosticSink diagnostics)
    {
        try
        {
            using var archive = ZipFile.OpenRead(file.FullName);
            long total = 0;
            foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                var name = entry.FullName.Replace('\\', '/');
                var location = DumpLocation.WholeFile(relative + "!/" + name);
                if (name.StartsWith('/') || name.Split('/').Contains("..") || (name.Length > 1 && name[1] == ':'))
                {
                    diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.NotRecognised, location, "archive entry with an absolute or '..' path refused (zip-slip)"));
                    continue;
                }

                if (entries.Count >= limits.MaxEntries)
                {
                    diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, location, $"dump set has more than {limits.MaxEntries:N0} files; the rest is not read"));
                    break;
                }

                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? (entry.Length == 0 ? 1 : double.PositiveInfinity) : (double)entry.Length / entry.CompressedLength;
                if (ratio > limits.MaxCompressionRatio || total > limits.MaxArchiveUncompressedBytes || entry.Length > limits.MaxFileBytes)
                {
                    diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, location, $"archive entry refused: {entry.Length:N0} bytes uncompressed, ratio {ratio:0.#} (possible zip bomb)"));
                    continue;
                }

                var archivePath = file.FullName;
                var entryName = entry.FullName;
                var length = entry.Length;
                entries.Add(new DumpEntry(relative + "!/" + name, length, () => OpenEntry(archivePath, entryName, length)));
            }
        }
        catch (InvalidDataException ex)
        {
            diagnostics.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.WholeFile(relative), $"not a readable zip archive: {ex.Message}"));
        }
    }

    private static Stream OpenEntry(string archivePath, string entryName, long declaredLength)
    {
        var archive = ZipFile.OpenRead(archivePath);
        var entry = archive.GetEntry(entryName) ?? throw new FileNotFoundException(entryName);
        return new BoundedArchiveStream(archive, entry.Open(), declaredLength, entry.Crc32);
    }

    private static string CommonRoot(List<string> fullPaths)
    {
        if (fullPaths.Count == 1)
        {
            return Directory.Exists(fullPaths[0]) ? fullPaths[0] : Path.GetDirectoryName(fullPaths[0]) ?? fullPaths[0];
        }

        var dirs = fullPaths.Select(p => Directory.Exists(p) ? p : Path.GetDirectoryName(p) ?? p).ToList();
        var common = dirs[0];
        foreach (var dir in dirs.Skip(1))
        {
            while (!IsUnder(dir, common))
            {
                common = Path.GetDirectoryName(common) ?? common;
                if (common.Length <= 1)
                {
                    break;
                }
            }
        }

        return common;
    }

    private static bool IsUnder(string path, string directory) =>
        path.Equals(directory, StringComparison.Ordinal)
        || path.StartsWith(directory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Relative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');
}
