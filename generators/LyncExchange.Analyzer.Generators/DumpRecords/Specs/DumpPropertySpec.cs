using LyncExchange.Analyzer.Generators.Common;

namespace LyncExchange.Analyzer.Generators.DumpRecords.Specs;

// Keep immutable and structurally equal, or incremental caching breaks.
public sealed record DumpPropertySpec(
    string ClrName,
    string DumpName,
    ImmutableEquatableArray<string> Aliases,
    ValueKind Kind,
    string ElementTypeFullName,
    bool IsCollection,
    bool IsNullableValueType,
    bool IsValueType,
    bool IsNonNullableReference);
