using Microsoft.CodeAnalysis;

namespace LyncExchange.Analyzer.Generators;

/// <summary>Misuse of the marker attributes. IDs are listed in GeneratorDiagnosticIds.md.</summary>
internal static class GeneratorDiagnostics
{
    private const string Category = "LyncExchange.Analyzer.Generators";

    public static readonly DiagnosticDescriptor RecordNotPartial = new(
        "LXG0001", "Dump record must be partial", "Type '{0}' has [DumpRecord] but is not declared partial", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor UnsupportedPropertyType = new(
        "LXG0002", "Unsupported dump property type", "Property '{0}' of '{1}' has type '{2}', which no value converter supports", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor DuplicateRuleId = new(
        "LXG0003", "Duplicate rule ID", "Rule ID '{0}' is used by both '{1}' and '{2}'", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor RuleIdOutOfRange = new(
        "LXG0004", "Rule ID outside its category range", "Rule '{0}' has ID '{1}', which is not in the range {2} of category {3}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor RuleNameMismatch = new(
        "LXG0005", "Rule class name must start with its ID", "Rule class '{0}' must be named '{1}<Title>' and derive from Rule", Category, DiagnosticSeverity.Error, true);

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "LXG0001" => RecordNotPartial,
        "LXG0002" => UnsupportedPropertyType,
        "LXG0003" => DuplicateRuleId,
        "LXG0004" => RuleIdOutOfRange,
        _ => RuleNameMismatch,
    };
}
