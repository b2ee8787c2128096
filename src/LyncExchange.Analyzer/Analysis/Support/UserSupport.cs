using System.Collections.Immutable;

namespace LyncExchange.Analyzer.Analysis.Support;

/// <summary>RULES.md §D.3: one Lync user's expected and actual support per feature.</summary>
public sealed record UserSupport(
    string User,
    string? Sip,
    string LyncHome,
    string Mailbox,
    string Scenario,
    string? MatrixSource,
    ImmutableArray<FeatureSupport> Features);
