using System.Collections.Immutable;

namespace LyncExchange.Analyzer.Deployment.Users;

/// <summary>
/// A value of a merged user with every source that states it, in precedence order: <see cref="Effective"/> is the one
/// rules see, the others are kept so a disagreement is reported with both locations instead of silently resolved.
/// </summary>
public sealed class UserValue<T>
    where T : notnull
{
    private readonly IEqualityComparer<T> _comparer;

    internal UserValue(ImmutableArray<SourcedValue<T>> values, IEqualityComparer<T>? comparer = null)
    {
        Values = values;
        _comparer = comparer ?? EqualityComparer<T>.Default;
    }

    public static UserValue<T> None { get; } = new([]);

    public ImmutableArray<SourcedValue<T>> Values { get; }

    public SourcedValue<T>? Effective => Values.IsEmpty ? null : Values[0];

    public bool HasValue => !Values.IsEmpty;

    /// <summary>The first source, in precedence order, whose value differs from the effective one; null when all agree.</summary>
    public SourcedValue<T>? Conflicting
    {
        get
        {
            for (var i = 1; i < Values.Length; i++)
            {
                if (!_comparer.Equals(Values[i].Value, Values[0].Value))
                {
                    return Values[i];
                }
            }

            return null;
        }
    }

    public SourcedValue<T>? From(UserSource source)
    {
        foreach (var value in Values)
        {
            if (value.Source == source)
            {
                return value;
            }
        }

        return null;
    }
}
