using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Analysis.Configuration;

/// <summary>
/// A case-scoped decision not to report one finding: the rule and the object identity (plus optionally the
/// value's hash, so the suppression lapses when the value changes), with who decided it, why, the ticket and
/// an expiry date after which the finding comes back.
/// </summary>
public sealed record Suppression(
    string RuleId,
    string LogicalLocation,
    string? ValueHash,
    string Justification,
    string? Author,
    string? Ticket,
    DateOnly? Expires,
    DumpLocation Location)
{
    public bool IsExpiredOn(DateOnly today) => Expires is { } expires && expires < today;
}
