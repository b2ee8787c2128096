namespace LyncExchange.Analyzer.Deployment.Users;

/// <summary>
/// A hash index from one key to the merged users that carry it. Unique keys cost one slot and no list; duplicates are
/// recorded as they are met, so listing every duplicate is linear in the number of users.
/// </summary>
public sealed class UserKeyIndex<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, object> _entries;
    private readonly List<TKey> _duplicateKeys = [];

    internal UserKeyIndex(IEqualityComparer<TKey>? comparer, int capacity) => _entries = new Dictionary<TKey, object>(capacity, comparer);

    public int Count => _entries.Count;

    /// <summary>Keys held by more than one user, in the order the second holder appeared.</summary>
    public IReadOnlyList<TKey> DuplicateKeys => _duplicateKeys;

    public IReadOnlyList<DeploymentUser> Find(TKey key) =>
        _entries.TryGetValue(key, out var found)
            ? found as List<DeploymentUser> ?? (IReadOnlyList<DeploymentUser>)[(DeploymentUser)found]
            : [];

    public DeploymentUser? FindSingle(TKey key) =>
        _entries.TryGetValue(key, out var found) ? found as DeploymentUser : null;

    internal void Add(TKey key, DeploymentUser user)
    {
        if (!_entries.TryGetValue(key, out var existing))
        {
            _entries.Add(key, user);
            return;
        }

        switch (existing)
        {
            case DeploymentUser single when ReferenceEquals(single, user):
                // One person listing the same address twice (SMTP: and smtp:) is not a duplicate.
                return;
            case DeploymentUser single:
                _entries[key] = new List<DeploymentUser>(2) { single, user };
                _duplicateKeys.Add(key);
                return;
            case List<DeploymentUser> list when !list.Contains(user):
                list.Add(user);
                return;
        }
    }
}
