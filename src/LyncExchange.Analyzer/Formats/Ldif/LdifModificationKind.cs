namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>An <c>add:</c>, <c>delete:</c>, <c>replace:</c> or <c>increment:</c> group of a modify record.</summary>
public enum LdifModificationKind
{
    Add,
    Delete,
    Replace,
    Increment,
}
