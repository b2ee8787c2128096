namespace LyncExchange.Analyzer.Rules;

/// <summary>Whether an integration rule could judge the dump set, and if not, why.</summary>
public enum RuleEvaluability
{
    Evaluable,
    NotApplicable,
    NoLyncEvidence,
    EvidenceMissing,
}
