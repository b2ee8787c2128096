using System.Globalization;

namespace LyncExchange.Analyzer.Model.Binding;

/// <summary>
/// A value type with inner structure (SIP URI, proxy address, ADObjectId…) that binders parse from text.
/// Parsing must not throw: a false return becomes an LXA0904 diagnostic at the value's location.
/// </summary>
public interface IDumpValue<TSelf>
    where TSelf : IDumpValue<TSelf>
{
    static abstract bool TryParse(string text, CultureInfo culture, out TSelf value, out string? error);
}
