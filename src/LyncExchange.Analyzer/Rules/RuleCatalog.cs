using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Rules;

public static partial class RuleCatalog
{
    public static RuleDescriptor? Find(string id)
    {
        foreach (var descriptor in Descriptors)
        {
            if (string.Equals(descriptor.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                return descriptor;
            }
        }

        return null;
    }
}
