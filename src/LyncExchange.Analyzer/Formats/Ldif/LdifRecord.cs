using System.Collections.Immutable;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>
/// One LDIF record: a content entry (with or without <c>changetype: add</c>) or a change record.
/// <see cref="Location"/> is the <c>dn:</c> line.
/// </summary>
public sealed record LdifRecord
{
    public required string Path { get; init; }

    public required string Dn { get; init; }

    public required DumpLocation Location { get; init; }

    public LdifChangeType ChangeType { get; init; }

    /// <summary>The <c>changetype:</c> line; <see cref="DumpLocation.None"/> for content records.</summary>
    public DumpLocation ChangeTypeLocation { get; init; } = DumpLocation.None;

    /// <summary>Attribute lines of a content or add record, in file order.</summary>
    public ImmutableArray<LdifAttribute> Attributes { get; init; } = [];

    /// <summary>The groups of a modify record.</summary>
    public ImmutableArray<LdifModification> Modifications { get; init; } = [];

    /// <summary><c>newrdn</c> of a modrdn record.</summary>
    public string? NewRdn { get; init; }

    public bool DeleteOldRdn { get; init; }

    /// <summary><c>newsuperior</c> of a modrdn record, when it moves the entry.</summary>
    public string? NewSuperior { get; init; }

    public bool IsChange => ChangeType is LdifChangeType.Delete or LdifChangeType.Modify or LdifChangeType.ModRdn;
}
