using System.Collections.Immutable;

namespace LyncExchange.Analyzer.Analysis.Support;

/// <summary>
/// One feature for one user. <see cref="Expected"/>: <c>Supported</c>, <c>NotSupported</c> (the matrix cell),
/// <c>NotSupportedForThisUser</c> (a footnote excludes this user's home) or <c>Unknown</c> (scenario, home or mailbox
/// unknown). <see cref="Status"/> is set only when the feature is expected to work: <c>OK</c>, <c>Broken</c> (with the
/// blocking rule IDs) or <c>Unknown</c> (with the missing evidence).
/// </summary>
public sealed record FeatureSupport(
    SupportFeature Feature,
    string Expected,
    string? Reason,
    string? Status,
    ImmutableArray<string> BlockedBy,
    ImmutableArray<string> MissingEvidence);
