namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>What an LDIF value holds: text (<c>attr: value</c>, or <c>::</c> base64 of UTF-8), raw bytes, or a URL that is never followed.</summary>
public enum LdifValueKind
{
    Text,
    Binary,
    Url,
}
