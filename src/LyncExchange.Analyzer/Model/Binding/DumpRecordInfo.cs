using System.Collections.Immutable;

namespace LyncExchange.Analyzer.Model.Binding;

/// <summary>
/// What the registry knows of a record type: the cmdlets and type names that produce it and the property
/// names it binds, which is the signature used to recognise an untyped Format-List object.
/// </summary>
public sealed record DumpRecordInfo(
    string RecordName,
    Type RecordType,
    ImmutableArray<string> CmdletNames,
    ImmutableArray<string> TypeNames,
    ImmutableArray<string> BoundProperties,
    ImmutableArray<string> OtherProperties,
    Func<Dumps.DumpObject, BindContext, IDumpRecord> Bind)
{
    public bool Equals(DumpRecordInfo? other) => other is not null && RecordType == other.RecordType;

    public override int GetHashCode() => RecordType.GetHashCode();

    public bool IsKnownProperty(string name) =>
        BoundProperties.Contains(name, StringComparer.OrdinalIgnoreCase)
        || OtherProperties.Contains(name, StringComparer.OrdinalIgnoreCase);
}
