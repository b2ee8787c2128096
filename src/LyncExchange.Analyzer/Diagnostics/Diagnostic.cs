using System.Collections.Immutable;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Diagnostics;

/// <summary>One finding: the rule, its effective severity, the message, where, the evidence, and the fix.</summary>
public sealed record Diagnostic
{
    public required RuleDescriptor Descriptor { get; init; }

    public required DiagnosticSeverity Severity { get; init; }

    public required string Message { get; init; }

    public required DumpLocation Location { get; init; }

    public ImmutableArray<RelatedLocation> RelatedLocations { get; init; } = [];

    /// <summary>The object the finding is about, e.g. <c>OwaVirtualDirectory:EX01\owa (Default Web Site)</c>.</summary>
    public string? LogicalLocation { get; init; }

    /// <summary>Extra facts: <c>fix</c> (the PowerShell command), <c>expected</c>, <c>actual</c>, <c>value</c>.</summary>
    public ImmutableSortedDictionary<string, string> Properties { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    public string Id => Descriptor.Id;

    public static IComparer<Diagnostic> Order { get; } = Comparer<Diagnostic>.Create(Compare);

    private static int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;

        // Findings without a place ("collect this next") follow the located ones, so the defects come first.
        var c = x.Location.IsNone.CompareTo(y.Location.IsNone);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (c != 0) return c;
        c = x.Location.Line.CompareTo(y.Location.Line);
        if (c != 0) return c;
        c = x.Location.Column.CompareTo(y.Location.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Id, y.Id);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.LogicalLocation, y.LogicalLocation);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
