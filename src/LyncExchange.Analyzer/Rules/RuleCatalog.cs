using System.Collections.Frozen;
using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Rules;

public static partial class RuleCatalog
{
    // The per-user support report asks once per user, feature and gate: a million users make that tens of millions of lookups.
    public static RuleDescriptor? Find(string id) => DescriptorsById.Value.GetValueOrDefault(id);

    // A holder class, not a field: static fields of partial classes initialise in an unspecified file order, and the
    // generated Descriptors may not be set yet when this file's fields run.
    private static class DescriptorsById
    {
        internal static readonly FrozenDictionary<string, RuleDescriptor> Value =
            Descriptors.ToFrozenDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);
    }
}
