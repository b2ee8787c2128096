using System.Collections.Immutable;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Transcript;

/// <summary>
/// How readers tell the engine what a cmdlet run gave when it gave no data: a <see cref="DumpObject"/> whose only
/// type name is <see cref="ErrorRecordTypeName"/> ("ran and failed") or <see cref="EmptyResultTypeName"/> ("ran and
/// returned nothing": a transcript prompt with no output), with scalar properties <c>Cmdlet</c> (when known),
/// <c>Message</c> and, when printed, <c>CategoryInfo</c> and <c>FullyQualifiedErrorId</c>. Never data to bind.
/// Serialized <c>System.Management.Automation.ErrorRecord</c>s from CliXml count as error records too;
/// <see cref="Analysis.CmdletResolver.TryGetCollectionSignal"/> reads all of them.
/// </summary>
public static class CollectionSignal
{
    public const string ErrorRecordTypeName = "LyncExchange.Analyzer.ErrorRecord";

    public const string EmptyResultTypeName = "LyncExchange.Analyzer.EmptyResult";

    private const string PowerShellErrorRecord = "System.Management.Automation.ErrorRecord";

    public static DumpObject ErrorRecord(
        string path,
        DumpLocation location,
        string? cmdlet,
        string message,
        string? categoryInfo = null,
        string? fullyQualifiedErrorId = null) =>
        Create(ErrorRecordTypeName, path, location, cmdlet, message, categoryInfo, fullyQualifiedErrorId);

    public static DumpObject EmptyResult(string path, DumpLocation location, string cmdlet) =>
        Create(EmptyResultTypeName, path, location, cmdlet, $"{cmdlet} returned no objects", null, null);

    /// <summary>The signal with the cmdlet a transcript prompt named, when the record itself did not name one.</summary>
    public static DumpObject WithCmdlet(DumpObject signal, string cmdlet) =>
        signal.Find("Cmdlet") is not null
            ? signal
            : signal with { Properties = signal.Properties.Insert(0, Scalar("Cmdlet", cmdlet, signal.Location)) };

    public static bool IsErrorRecord(DumpObject dump)
    {
        foreach (var name in dump.TypeNames)
        {
            var bare = name.StartsWith("Deserialized.", StringComparison.Ordinal) ? name["Deserialized.".Length..] : name;
            if (bare is ErrorRecordTypeName or PowerShellErrorRecord)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsEmptyResult(DumpObject dump) => dump.TypeNames.Length == 1 && dump.TypeNames[0] == EmptyResultTypeName;

    public static bool IsSignal(DumpObject dump) => IsErrorRecord(dump) || IsEmptyResult(dump);

    private static DumpObject Create(string typeName, string path, DumpLocation location, string? cmdlet, string message, string? categoryInfo, string? errorId)
    {
        var properties = ImmutableArray.CreateBuilder<DumpProperty>();
        if (cmdlet is not null)
        {
            properties.Add(Scalar("Cmdlet", cmdlet, location));
        }

        properties.Add(Scalar("Message", message, location));
        if (categoryInfo is not null)
        {
            properties.Add(Scalar("CategoryInfo", categoryInfo, location));
        }

        if (errorId is not null)
        {
            properties.Add(Scalar("FullyQualifiedErrorId", errorId, location));
        }

        return new DumpObject
        {
            SourcePath = path,
            Location = location,
            TypeNames = [typeName],
            Properties = properties.ToImmutable(),
            Text = message,
        };
    }

    private static DumpProperty Scalar(string name, string text, DumpLocation location) =>
        new(name, DumpValue.Scalar(text, location), location);
}
