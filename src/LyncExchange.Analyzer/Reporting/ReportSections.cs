using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>The report's sections in the order of KB 2614242's steps, and which rule categories each holds.</summary>
public static class ReportSections
{
    public static IReadOnlyList<(string Id, string Title, RuleCategory[] Categories)> InKbOrder { get; } =
    [
        ("dns", "DNS records", [RuleCategory.Dns]),
        ("directory", "Directory: SIP address and mail", [RuleCategory.Directory]),
        ("oauth", "OAuth and Lync trusted applications", [RuleCategory.OAuth, RuleCategory.LyncTrustedApplications]),
        ("owa", "Exchange OWA integration", [RuleCategory.ExchangeOwa]),
        ("hybrid", "Hybrid trust", [RuleCategory.Hybrid]),
        ("input", "Input quality: what the dumps lost or lack", [RuleCategory.InputQuality]),
    ];
}
