namespace LyncExchange.Analyzer.Generators;

/// <summary>Tracking names of the pipeline steps, asserted by the incrementality tests.</summary>
public static class StepNames
{
    public const string DumpRecordSpec = nameof(DumpRecordSpec);
    public const string RuleSpec = nameof(RuleSpec);
}
