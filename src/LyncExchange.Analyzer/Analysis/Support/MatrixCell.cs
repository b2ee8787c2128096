namespace LyncExchange.Analyzer.Analysis.Support;

/// <summary>A cell of the KB support matrices as stored (RULES.md §D.1/§D.2), footnotes included.</summary>
public enum MatrixCell
{
    Supported,
    NotSupported,

    /// <summary>D.1 footnote: "Supported only for Lync users who are homed on-premises."</summary>
    SupportedOnPremHomedOnly,

    /// <summary>D.2 footnote: "Supported only for Skype for Business Online users in the hybrid deployment."</summary>
    SupportedOnlineHomedOnly,
}
