using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Model.Binding;

namespace LyncExchange.Analyzer.Analysis;

/// <summary>
/// Decides which cmdlet produced an object, in the order of issue #3: CliXml type names, a transcript
/// prompt (set by the reader), the file name, and finally the best match of property names over the registry.
/// </summary>
public static class CmdletResolver
{
    private const double SignatureThreshold = 0.6;

    public static (DumpRecordInfo? Info, string? DecidedBy) Resolve(DumpObject dump, DumpEntry entry)
    {
        if (dump.Cmdlet is { } known && FindByCmdlet(known) is { } byReader)
        {
            return (byReader, dump.CmdletDecidedBy ?? "transcript");
        }

        if (FindByTypeNames(dump) is { } byType)
        {
            return (byType, "type-name");
        }

        if (FindByFileName(entry.RelativePath) is { } byFile)
        {
            return (byFile, "file-name");
        }

        return FindBySignature(dump) is { } bySignature ? (bySignature, "signature") : (null, null);
    }

    public static DumpRecordInfo? FindByCmdlet(string cmdlet) =>
        DumpRecordRegistry.All.FirstOrDefault(i => i.CmdletNames.Contains(cmdlet, StringComparer.OrdinalIgnoreCase));

    public static DumpRecordInfo? FindByTypeNames(DumpObject dump)
    {
        foreach (var raw in dump.TypeNames)
        {
            var name = raw.StartsWith("Deserialized.", StringComparison.Ordinal) ? raw["Deserialized.".Length..] : raw;
            var hash = name.IndexOf('#');
            if (hash > 0)
            {
                name = name[..hash];
            }

            foreach (var info in DumpRecordRegistry.All)
            {
                if (info.TypeNames.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    return info;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// <c>Get-CsTrustedApplication.txt</c>, <c>GetCsTrustedApplication.xml</c>, <c>EX01_Get-ExchangeCertificate.xml</c>:
    /// the longest cmdlet name contained in the file name wins, so "…ApplicationPool" beats "…Application".
    /// </summary>
    public static DumpRecordInfo? FindByFileName(string relativePath)
    {
        var fileName = relativePath[(relativePath.LastIndexOfAny(['/', '!']) + 1)..];
        var stem = Normalize(Path.GetFileNameWithoutExtension(fileName));
        DumpRecordInfo? best = null;
        var bestLength = 0;
        foreach (var info in DumpRecordRegistry.All)
        {
            foreach (var cmdlet in info.CmdletNames)
            {
                var normalized = Normalize(cmdlet);
                if (normalized.Length > bestLength && ContainsCmdlet(stem, normalized))
                {
                    best = info;
                    bestLength = normalized.Length;
                }
            }
        }

        return best;
    }

    public static string? CmdletFromFileName(string relativePath) => FindByFileName(relativePath) is { } info
        ? info.CmdletNames.FirstOrDefault(c => ContainsCmdlet(Normalize(Path.GetFileNameWithoutExtension(relativePath[(relativePath.LastIndexOfAny(['/', '!']) + 1)..])), Normalize(c)))
        : null;

    private static bool ContainsCmdlet(string stem, string cmdlet)
    {
        var index = stem.IndexOf(cmdlet, StringComparison.Ordinal);
        while (index >= 0)
        {
            // "getcstrustedapplicationpool" must not count as "getcstrustedapplication" followed by noise.
            var end = index + cmdlet.Length;
            if (end == stem.Length || !char.IsLetter(stem[end]))
            {
                return true;
            }

            index = stem.IndexOf(cmdlet, index + 1, StringComparison.Ordinal);
        }

        return false;
    }

    public static DumpRecordInfo? FindBySignature(DumpObject dump)
    {
        var names = dump.Properties.Select(p => p.Name).ToList();
        if (names.Count < 3)
        {
            return null;
        }

        DumpRecordInfo? best = null;
        var bestScore = 0.0;
        foreach (var info in DumpRecordRegistry.All)
        {
            var bound = names.Count(n => info.BoundProperties.Contains(n, StringComparer.OrdinalIgnoreCase));
            var known = names.Count(info.IsKnownProperty);
            if (bound == 0)
            {
                continue;
            }

            // Share of the record's own properties present, weighted by how much of the object the record explains.
            var coverage = (double)bound / info.BoundProperties.Length;
            var explained = (double)known / names.Count;
            var score = (coverage * 0.5) + (explained * 0.5);
            if (score > bestScore)
            {
                bestScore = score;
                best = info;
            }
        }

        return bestScore >= SignatureThreshold ? best : null;
    }

    private static string Normalize(string name)
    {
        Span<char> buffer = stackalloc char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
