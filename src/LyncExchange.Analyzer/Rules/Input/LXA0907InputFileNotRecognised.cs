using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Rules.Input;

/// <summary>A file of the dump set is in no format the analyzer reads (an ldifde log, a script log, an image); it is reported, never skipped silently.</summary>
[Rule("LXA0907", RuleCategory.InputQuality, DiagnosticSeverity.Warning,
    Title = "Input file not recognised",
    Message = "{0}",
    HelpUri = "https://support.microsoft.com/help/2614242",
    Tags = ["InputQuality"])]
internal sealed partial class LXA0907InputFileNotRecognised : ReaderRaisedRule;
