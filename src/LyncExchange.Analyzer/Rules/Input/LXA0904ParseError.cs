using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Rules.Input;

/// <summary>
/// A line or value could not be parsed (ambiguous object boundary, duplicate property, bad LDIF folding or
/// base64, unparsable zone record, a value of the wrong type). The rest of the file is still read.
/// </summary>
[Rule("LXA0904", RuleCategory.InputQuality, DiagnosticSeverity.Error,
    Title = "Parse error",
    Message = "{0}",
    HelpUri = "https://www.rfc-editor.org/rfc/rfc2849",
    Tags = ["InputQuality"])]
internal sealed partial class LXA0904ParseError : ReaderRaisedRule;
