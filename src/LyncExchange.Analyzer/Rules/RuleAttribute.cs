using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Rules;

/// <summary>
/// All of a rule's metadata, in one place. The source generator turns it into the rule's
/// <c>Definition</c> descriptor and its entry in <c>RuleCatalog</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RuleAttribute(string id, RuleCategory category, DiagnosticSeverity defaultSeverity) : Attribute
{
    public string Id { get; } = id;

    public RuleCategory Category { get; } = category;

    public DiagnosticSeverity DefaultSeverity { get; } = defaultSeverity;

    public string Title { get; init; } = string.Empty;

    /// <summary>A composite format string; arguments are numbered in the order the rule passes them.</summary>
    public string Message { get; init; } = string.Empty;

    public string HelpUri { get; init; } = string.Empty;

    /// <summary>Scenarios the rule applies to, as RULES.md lists them ("all", "LyncServerOnly, Hybrid"…).</summary>
    public string Scenarios { get; init; } = "all";

    public string[] Tags { get; init; } = [];
}
