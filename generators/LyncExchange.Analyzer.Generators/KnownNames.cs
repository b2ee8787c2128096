namespace LyncExchange.Analyzer.Generators;

/// <summary>
/// The engine's marker types, by metadata name. The generator never references the engine assembly.
/// </summary>
internal static class KnownNames
{
    public const string DumpRecordAttribute = "LyncExchange.Analyzer.Model.Binding.DumpRecordAttribute";
    public const string DumpPropertyAttribute = "LyncExchange.Analyzer.Model.Binding.DumpPropertyAttribute";
    public const string DumpValueInterface = "LyncExchange.Analyzer.Model.Binding.IDumpValue`1";
    public const string ValueList = "LyncExchange.Analyzer.Model.Binding.ValueList`1";
    public const string RuleAttribute = "LyncExchange.Analyzer.Rules.RuleAttribute";
    public const string RuleBaseClass = "LyncExchange.Analyzer.Rules.Rule";
    public const string Binding = "global::LyncExchange.Analyzer.Model.Binding";
    public const string Dumps = "global::LyncExchange.Analyzer.Dumps";
    public const string Text = "global::LyncExchange.Analyzer.Text";
    public const string Diagnostics = "global::LyncExchange.Analyzer.Diagnostics";
}
