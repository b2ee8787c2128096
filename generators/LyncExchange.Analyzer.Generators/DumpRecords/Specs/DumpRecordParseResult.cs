using LyncExchange.Analyzer.Generators.Common;

namespace LyncExchange.Analyzer.Generators.DumpRecords.Specs;

public sealed record DumpRecordParseResult(DumpRecordSpec? Spec, ImmutableEquatableArray<DiagnosticInfo> Diagnostics);
