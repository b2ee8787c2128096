using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Analysis.Configuration;

/// <summary>One effective setting and where it came from (a file and line, or the built-in default), for <c>--show-config</c> and SARIF.</summary>
public sealed record ConfigurationSetting(string Key, string Value, string Source, DumpLocation Location)
{
    public const string DefaultSource = "default";
}
