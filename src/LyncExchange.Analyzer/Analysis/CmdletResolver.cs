using System.Collections.Concurrent;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.Transcript;
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
        if (CollectionSignal.IsSignal(dump))
        {
            // An error record or an empty result is a collection outcome (TryGetCollectionSignal), never data to bind.
            return (null, null);
        }

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
    public static DumpRecordInfo? FindByFileName(string relativePath) =>
        // Asked once per object: a file of 40,000 objects must not normalise every cmdlet name 40,000 times.
        ByFileName.GetOrAdd(relativePath, static path =>
        {
            var fileName = path[(path.LastIndexOfAny(['/', '!']) + 1)..];
            var stem = Normalize(Path.GetFileNameWithoutExtension(fileName));
            DumpRecordInfo? best = null;
            var bestLength = 0;
            foreach (var (info, normalized) in NormalizedCmdlets.Value)
            {
                if (normalized.Length > bestLength && ContainsCmdlet(stem, normalized))
                {
                    best = info;
                    bestLength = normalized.Length;
                }
            }

            return best;
        });

    private static readonly ConcurrentDictionary<string, DumpRecordInfo?> ByFileName = new(StringComparer.Ordinal);

    private static readonly Lazy<(DumpRecordInfo Info, string Normalized)[]> NormalizedCmdlets =
        new(() => [.. DumpRecordRegistry.All.SelectMany(info => info.CmdletNames.Select(cmdlet => (info, Normalize(cmdlet))))]);

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

    /// <summary>
    /// The tail every Exchange configuration object ends with, and what remoting adds (formats.md §1.0): known for any
    /// record, so a cmdlet whose real object has a hundred properties is not judged by the few a rule reads.
    /// </summary>
    private static readonly HashSet<string> CommonProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "AdminDisplayName", "ExchangeVersion", "Name", "DistinguishedName", "Identity", "Guid", "ObjectCategory", "ObjectClass",
        "WhenChanged", "WhenCreated", "WhenChangedUTC", "WhenCreatedUTC", "OrganizationId", "Id", "OriginatingServer", "IsValid",
        "ObjectState", "RunspaceId", "PSComputerName", "PSShowComputerName",
    };

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
            var known = names.Count(n => info.IsKnownProperty(n) || CommonProperties.Contains(n));
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

    /// <summary>
    /// Reads a <see cref="CollectionSignal"/> (an error record printed in a text dump or a transcript, a serialized
    /// ErrorRecord in CliXml, or a transcript prompt with no output): the cmdlet it is about — the record's own
    /// <c>Cmdlet</c>, the ErrorRecord's <c>InvocationInfo.MyCommand</c>, else the file name — and
    /// <see cref="CollectionState.Failed"/> or <see cref="CollectionState.CollectedEmpty"/>. The engine turns it
    /// into a <see cref="CollectionRecord"/> so "not collected" and "collected, failed" stay different.
    /// </summary>
    public static bool TryGetCollectionSignal(DumpObject dump, DumpEntry entry, out CollectionSignalInfo signal)
    {
        signal = null!;
        if (!CollectionSignal.IsSignal(dump))
        {
            return false;
        }

        var cmdlet = dump.Find("Cmdlet")?.Value.AsText()
            ?? dump.Find("InvocationInfo")?.Value.Object?.Find("MyCommand")?.Value.AsText()
            ?? CmdletFromFileName(entry.RelativePath);
        var message = dump.Find("Message")?.Value.AsText()
            ?? dump.Find("Exception")?.Value.Object?.Find("Message")?.Value.AsText()
            ?? dump.Text
            ?? "error record";
        var state = CollectionSignal.IsEmptyResult(dump) ? CollectionState.CollectedEmpty : CollectionState.Failed;
        signal = new CollectionSignalInfo(cmdlet, state, message, dump.Location);
        return true;
    }

    /// <summary>
    /// The server a per-server file belongs to (web.config, .reg, <c>Get-ExchangeCertificate -Server X</c> output):
    /// the file-name prefix (<c>EX01-web.config</c>, <c>EX01_Get-ExchangeCertificate.xml</c>) or else the nearest
    /// folder (<c>EX01/ClientAccess/Owa/web.config</c>) that names a known server, by short name or FQDN, ignoring case.
    /// Null when none does; the caller decides what "unattributed" means.
    /// </summary>
    public static ServerAttribution? ServerFromPath(string relativePath, IEnumerable<string> knownServers)
    {
        var names = new List<(string Name, string Server)>();
        foreach (var server in knownServers)
        {
            if (string.IsNullOrWhiteSpace(server))
            {
                continue;
            }

            names.Add((server, server));
            var dot = server.IndexOf('.');
            if (dot > 0)
            {
                names.Add((server[..dot], server));
            }
        }

        if (names.Count == 0)
        {
            return null;
        }

        // Longest first, so "EX01A" is not taken for "EX01".
        names.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
        var segments = relativePath.Replace('\\', '/').Split(['/', '!'], StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        var fileName = segments[^1];
        foreach (var (name, server) in names)
        {
            if (fileName.Length > name.Length
                && fileName.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && fileName[name.Length] is '-' or '_' or '.' or ' ')
            {
                return new ServerAttribution(server, "file-name");
            }
        }

        for (var k = segments.Length - 2; k >= 0; k--)
        {
            foreach (var (name, server) in names)
            {
                if (segments[k].Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return new ServerAttribution(server, "folder");
                }
            }
        }

        return null;
    }
}
