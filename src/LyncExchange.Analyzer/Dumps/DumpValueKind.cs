namespace LyncExchange.Analyzer.Dumps;

public enum DumpValueKind
{
    /// <summary>An empty value: Format-List printed nothing after the colon, CliXml wrote &lt;Nil/&gt;.</summary>
    Null,
    Scalar,
    Collection,
    Object,
    Binary,
}
