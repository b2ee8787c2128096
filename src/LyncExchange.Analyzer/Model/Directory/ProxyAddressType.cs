namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>The address type named by a proxy address prefix, compared case-insensitively (formats.md §4.3).</summary>
public enum ProxyAddressType
{
    /// <summary>A prefix Exchange does not define for users here (<c>MS:</c>, <c>CCMAIL:</c>, <c>NOTES:</c>, custom types).</summary>
    Other,
    Smtp,
    Sip,
    X500,
    X400,
    Eum,
}
