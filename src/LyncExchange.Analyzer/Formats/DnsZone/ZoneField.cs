namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>
/// A field of an entry the fast path reads in place: <see cref="Start"/> and <see cref="Length"/> locate its text
/// (without quotes, escapes kept) in the entry's buffer; <see cref="Line"/>, <see cref="Column"/> and
/// <see cref="Width"/> are where it was written, as <see cref="ZoneToken"/> has them.
/// </summary>
internal readonly record struct ZoneField(int Start, int Length, bool Quoted, int Line, int Column, int Width);
