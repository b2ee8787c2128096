using LyncExchange.Analyzer.Generators.Common;

namespace LyncExchange.Analyzer.Generators.DumpRecords.Specs;

// Keep immutable and structurally equal, or incremental caching breaks.
public sealed record DumpRecordSpec(
    string Namespace,
    string TypeName,
    string Accessibility,
    bool IsRecord,
    ImmutableEquatableArray<string> CmdletNames,
    ImmutableEquatableArray<string> TypeNames,
    ImmutableEquatableArray<string> OtherProperties,
    string? IdentityProperty,
    ImmutableEquatableArray<DumpPropertySpec> Properties);
