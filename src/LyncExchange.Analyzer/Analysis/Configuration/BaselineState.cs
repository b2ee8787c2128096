namespace LyncExchange.Analyzer.Analysis.Configuration;

/// <summary>SARIF §3.27.24 <c>baselineState</c>: how a finding compares with the previous run of the same case.</summary>
public enum BaselineState
{
    New,
    Unchanged,
    Updated,
    Absent,
}
