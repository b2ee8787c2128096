using System.Runtime.InteropServices;

namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>
/// Address → the objects that hold it, for duplicate detection over a million users. Nearly every address has one
/// holder, so the holder is stored as it is and a list is made only when a second one arrives.
/// </summary>
internal sealed class AddressHolders<T>
    where T : class
{
    private readonly Dictionary<string, object> _map = new(StringComparer.Ordinal);

    public void Add(string key, T holder)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_map, key, out var exists);
        if (!exists)
        {
            slot = holder;
        }
        else if (slot is List<T> list)
        {
            list.Add(holder);
        }
        else
        {
            slot = new List<T> { (T)slot!, holder };
        }
    }

    /// <summary>The addresses held more than once, in ordinal key order (the order findings are reported in).</summary>
    public IEnumerable<(string Key, List<T> Holders)> Shared() =>
        _map.Where(p => p.Value is List<T>)
            .Select(p => (p.Key, (List<T>)p.Value))
            .OrderBy(p => p.Key, StringComparer.Ordinal);
}
