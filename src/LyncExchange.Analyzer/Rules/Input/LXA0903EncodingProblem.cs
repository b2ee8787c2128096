using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Rules.Input;

/// <summary>The file's encoding had to be guessed or shows signs of re-encoding (U+FFFD, mojibake), so non-ASCII values may be wrong.</summary>
[Rule("LXA0903", RuleCategory.InputQuality, DiagnosticSeverity.Warning,
    Title = "Encoding problem",
    Message = "{0}: {1}; values containing non-ASCII characters may be wrong.",
    HelpUri = "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/out-file",
    Tags = ["InputQuality"])]
internal sealed partial class LXA0903EncodingProblem : ReaderRaisedRule;
