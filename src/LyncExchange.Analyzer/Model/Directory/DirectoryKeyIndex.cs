namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>
/// A hash index from one key to the directory objects that carry it. Unique keys (nearly all) cost one dictionary
/// slot and no list; duplicates are recorded as they are met, so finding every duplicate is linear in the input.
/// </summary>
public sealed class DirectoryKeyIndex<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, object> _entries;
    private readonly List<TKey> _duplicateKeys = [];

    internal DirectoryKeyIndex(IEqualityComparer<TKey>? comparer = null, int capacity = 0) =>
        _entries = new Dictionary<TKey, object>(capacity, comparer);

    public int Count => _entries.Count;

    /// <summary>Keys held by more than one object, in the order the second holder appeared.</summary>
    public IReadOnlyList<TKey> DuplicateKeys => _duplicateKeys;

    public IEnumerable<(TKey Key, IReadOnlyList<DirectoryObject> Objects)> Duplicates =>
        _duplicateKeys.Select(key => (key, Find(key)));

    public IReadOnlyList<DirectoryObject> Find(TKey key) =>
        _entries.TryGetValue(key, out var found)
            ? found as List<DirectoryObject> ?? (IReadOnlyList<DirectoryObject>)[(DirectoryObject)found]
            : [];

    public DirectoryObject? FindSingle(TKey key) =>
        _entries.TryGetValue(key, out var found) && found is DirectoryObject single ? single : null;

    public bool Contains(TKey key) => _entries.ContainsKey(key);

    internal void Add(TKey key, DirectoryObject value)
    {
        if (!_entries.TryGetValue(key, out var existing))
        {
            _entries.Add(key, value);
            return;
        }

        switch (existing)
        {
            case DirectoryObject single when ReferenceEquals(single, value):
                // One object listing the same address twice (SMTP: and smtp: of one mailbox) is not a duplicate.
                return;
            case DirectoryObject single:
                _entries[key] = new List<DirectoryObject>(2) { single, value };
                _duplicateKeys.Add(key);
                return;
            case List<DirectoryObject> list when !ReferenceEquals(list[^1], value):
                list.Add(value);
                return;
        }
    }
}
