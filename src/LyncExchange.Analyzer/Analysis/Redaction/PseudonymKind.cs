namespace LyncExchange.Analyzer.Analysis.Redaction;

/// <summary>The kinds of customer identifier that get a pseudonym, each numbered separately.</summary>
public enum PseudonymKind
{
    Domain,
    Host,
    User,
    Guid,
    Thumbprint,
    IPv4,
    Name,
}
