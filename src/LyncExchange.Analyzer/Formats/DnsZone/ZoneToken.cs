namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>
/// A field of a zone entry as written: escapes are kept (<c>\.</c> in a name differs from <c>.</c>), quotes are not.
/// <see cref="Length"/> is the width in the line including any quotes, for diagnostics.
/// </summary>
internal readonly record struct ZoneToken(string Text, bool Quoted, int Line, int Column, int Length);
