using LyncExchange.Analyzer.Generators.Common;

namespace LyncExchange.Analyzer.Generators.Catalogs.Specs;

// Keep immutable and structurally equal, or incremental caching breaks.
public sealed record RuleSpec(
    string Id,
    string ClassName,
    string Namespace,
    string Category,
    string Severity,
    string Title,
    string MessageFormat,
    string HelpUri,
    string Scenarios,
    ImmutableEquatableArray<string> Tags,
    LocationInfo? Location);
