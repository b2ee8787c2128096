namespace LyncExchange.Analyzer.Rules.Input;

/// <summary>
/// Which rules read which record properties (dump names), so a truncated or missing property names the
/// checks it blocked. Kept as data beside the input rules; a convention test keeps it in step with the catalog.
/// </summary>
internal static class RuleInputs
{
    private static readonly Dictionary<string, Dictionary<string, string[]>> Needs = new(StringComparer.Ordinal)
    {
        ["OwaVirtualDirectory"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["InstantMessagingEnabled"] = ["LXA0301"],
            ["InstantMessagingType"] = ["LXA0301"],
        },
        ["OwaMailboxPolicy"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["InstantMessagingEnabled"] = ["LXA0302"],
            ["InstantMessagingType"] = ["LXA0302"],
        },
        ["CasMailbox"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["OwaMailboxPolicy"] = ["LXA0302"],
        },
    };

    public static IReadOnlyList<string> RulesReading(Type recordType, string property) =>
        Needs.TryGetValue(recordType.Name, out var byProperty) && byProperty.TryGetValue(property, out var ids) ? ids : [];

    public static IEnumerable<KeyValuePair<string, string[]>> PropertiesNeeded(Type recordType) =>
        Needs.TryGetValue(recordType.Name, out var byProperty) ? byProperty.OrderBy(p => p.Key, StringComparer.Ordinal) : [];

    public static IEnumerable<string> AllRuleIds => Needs.Values.SelectMany(v => v.Values).SelectMany(ids => ids).Distinct();
}
