namespace LyncExchange.Analyzer.Analysis.Redaction;

/// <summary>One line of the key map the engineer keeps: which pseudonym stands for which original.</summary>
public sealed record RedactionMapEntry(PseudonymKind Kind, string Pseudonym, string Original);
