using System.Collections.Immutable;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>One group of a modify record, from <c>add: attr</c> to its <c>-</c> line, with the values it lists.</summary>
public sealed record LdifModification(LdifModificationKind Kind, string Attribute, DumpLocation Location, ImmutableArray<LdifAttribute> Values);
