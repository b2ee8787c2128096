namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>An LDIF record's kind: plain content, or an RFC 2849 change record (<c>moddn</c> reads as <see cref="ModRdn"/>).</summary>
public enum LdifChangeType
{
    Content,
    Add,
    Delete,
    Modify,
    ModRdn,
}
