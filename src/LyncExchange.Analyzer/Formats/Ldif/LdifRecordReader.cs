using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>
/// Reads an LDIF export into <see cref="DirectoryObject"/>s: <see cref="LdifReader"/> streams the records (one in
/// memory at a time), each content or add record is typed at once and only its typed attributes are kept. Change
/// records apply to an entry earlier in the same file; one that names an entry not in the file is reported as not
/// applicable (LXA0902). A file with change records hands its objects out when it ends (a later modify can still change
/// an entry); a plain export (ldifde writes only <c>changetype: add</c>) is streamed, one object at a time, so memory
/// holds what the deployment keeps and nothing of the reader.
/// </summary>
public sealed class LdifRecordReader : IRecordReader
{
    public DumpFormat Format => DumpFormat.Ldif;

    public IEnumerable<IDumpRecord> ReadRecords(DumpEntry entry, ReaderContext context) => ReadObjects(entry, context);

    public IEnumerable<DirectoryObject> ReadObjects(DumpEntry entry, ReaderContext context)
    {
        if (!HasChangeRecords(entry))
        {
            return Stream(entry, context);
        }

        using var stream = entry.Open();
        return ReadObjects(stream, entry.RelativePath, context);
    }

    /// <summary>Whether the file may hold change records (see <see cref="ChangeRecordScan"/>): if not, it streams.</summary>
    internal static bool HasChangeRecords(DumpEntry entry)
    {
        using var stream = entry.Open();
        return ChangeRecordScan.HasChangeRecords(stream);
    }

    private static IEnumerable<DirectoryObject> Stream(DumpEntry entry, ReaderContext context)
    {
        using var stream = entry.Open();
        var path = entry.RelativePath;
        var file = new LdifFileState(path, context.Diagnostics);
        var count = 0;
        foreach (var record in LdifReader.Read(stream, path, context.Diagnostics, context.Limits, UseOf))
        {
            if (++count > context.Limits.MaxObjectsPerFile)
            {
                file.Report(InputDiagnosticIds.Truncated, record.Location, $"{path} has more than {context.Limits.MaxObjectsPerFile:N0} records; the rest of the file was not read");
                yield break;
            }

            if (record.ChangeType is LdifChangeType.Content or LdifChangeType.Add)
            {
                yield return Build(file, file.ParseDn(record.Dn, "dn", record.Location, cache: false), record);
            }
            else
            {
                // Only a changetype line the scan could not see (folded) gets here; say so rather than drop it.
                file.Report(
                    InputDiagnosticIds.UnknownProperty,
                    record.ChangeTypeLocation.IsNone ? record.Location : record.ChangeTypeLocation,
                    $"'changetype: {record.ChangeType.ToString().ToLowerInvariant()}' for '{LdifFileState.Shorten(record.Dn)}' was not applied: the file was read as a plain export");
            }
        }
    }

    public IReadOnlyList<DirectoryObject> ReadObjects(Stream stream, string path, ReaderContext context) =>
        ReadObjects(stream, path, context, UseOf);

    /// <summary>
    /// The reference the typed fast paths are held to (differential tests): every value decoded into an
    /// <see cref="LdifAttribute"/> by the general reader, then typed. Same objects, same diagnostics, only slower.
    /// </summary>
    internal static IReadOnlyList<DirectoryObject> ReadObjectsDecodingEverything(Stream stream, string path, ReaderContext context) =>
        ReadObjects(stream, path, context, null);

    private static IReadOnlyList<DirectoryObject> ReadObjects(Stream stream, string path, ReaderContext context, Func<string, LdifValueUse>? use)
    {
        var file = new LdifFileState(path, context.Diagnostics);
        var objects = new List<DirectoryObject?>();
        var byDn = new Dictionary<DistinguishedName, int>();
        var count = 0;
        foreach (var record in LdifReader.Read(stream, path, context.Diagnostics, context.Limits, use))
        {
            if (++count > context.Limits.MaxObjectsPerFile)
            {
                file.Report(InputDiagnosticIds.Truncated, record.Location, $"{path} has more than {context.Limits.MaxObjectsPerFile:N0} records; the rest of the file was not read");
                break;
            }

            var dn = file.ParseDn(record.Dn, "dn", record.Location, cache: false);
            switch (record.ChangeType)
            {
                case LdifChangeType.Content or LdifChangeType.Add:
                    var built = Build(file, dn, record);
                    byDn[dn] = objects.Count;
                    objects.Add(built);
                    break;
                case LdifChangeType.Modify when byDn.TryGetValue(dn, out var index):
                    var modified = DirectoryObjectBuilder.From(file, objects[index]!);
                    foreach (var modification in record.Modifications)
                    {
                        modified.Apply(modification);
                    }

                    objects[index] = modified.Build();
                    break;
                case LdifChangeType.Delete when byDn.Remove(dn, out var index):
                    objects[index] = null;
                    break;
                case LdifChangeType.ModRdn when byDn.Remove(dn, out var index):
                    var renamed = Rename(file, dn, record);
                    var builder = DirectoryObjectBuilder.From(file, objects[index]!);
                    builder.Rename(renamed, record.Location);
                    objects[index] = builder.Build();
                    byDn[renamed] = index;
                    break;
                default:
                    file.Report(
                        InputDiagnosticIds.UnknownProperty,
                        record.ChangeTypeLocation.IsNone ? record.Location : record.ChangeTypeLocation,
                        $"'changetype: {record.ChangeType.ToString().ToLowerInvariant()}' for '{LdifFileState.Shorten(record.Dn)}' is not applicable: that entry is not earlier in this file, so the change was not applied");
                    break;
            }
        }

        return [.. objects.Where(o => o is not null).Select(o => o!)];
    }

    /// <summary>Only the attributes <see cref="DirectoryObjectBuilder"/> types are decoded; of the photo only its size.</summary>
    private static LdifValueUse UseOf(string name) =>
        !DirectoryAttributeNames.TryGet(name, out var which) ? LdifValueUse.Skip
        : which == DirectoryAttribute.ThumbnailPhoto ? LdifValueUse.LengthOnly
        : LdifValueUse.Keep;

    private static DirectoryObject Build(LdifFileState file, DistinguishedName dn, LdifRecord record)
    {
        var builder = new DirectoryObjectBuilder(file, dn, record.Location);
        LdifAttribute? lastRanged = null;
        foreach (var attribute in record.Attributes)
        {
            if (attribute.IsRanged)
            {
                builder.MarkTruncated(attribute);
                if (lastRanged is null || !lastRanged.Description.Equals(attribute.Description, StringComparison.OrdinalIgnoreCase))
                {
                    file.Report(
                        InputDiagnosticIds.Truncated,
                        attribute.Location,
                        $"'{attribute.Description}' holds only part of the values of '{attribute.Name}' (ranged retrieval); rules that need all of them treat it as incomplete. Re-export with ldifde, which reads every range.");
                }

                lastRanged = attribute;
                continue;
            }

            builder.Add(attribute);
        }

        return builder.Build();
    }

    /// <summary>The entry's DN after a modrdn: <c>newrdn</c> under <c>newsuperior</c>, or under the old parent.</summary>
    private static DistinguishedName Rename(LdifFileState file, DistinguishedName old, LdifRecord record)
    {
        var rdn = file.ParseDn(record.NewRdn!, "newrdn", record.Location, cache: false);
        var parent = record.NewSuperior is { } superior ? file.ParseDn(superior, "newsuperior", record.Location, cache: false) : old.Parent;
        if (!rdn.IsWellFormed || rdn.Rdns.Length != 1 || parent is null || !parent.IsWellFormed)
        {
            return DistinguishedName.Verbatim(record.NewRdn + (parent is null ? string.Empty : "," + parent.Text));
        }

        return DistinguishedName.FromRdns([rdn.Rdns[0], .. parent.Rdns]);
    }
}
