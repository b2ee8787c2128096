using LyncExchange.Analyzer.Generators.Common;

namespace LyncExchange.Analyzer.Generators.Catalogs.Specs;

public sealed record RuleParseResult(RuleSpec? Spec, ImmutableEquatableArray<DiagnosticInfo> Diagnostics);
