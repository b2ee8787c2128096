using System.Collections.Frozen;
using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Model.Directory;

namespace LyncExchange.Analyzer.Analysis.Support;

/// <summary>
/// The KB matrices of RULES.md §D as data, exactly as stored (decision 7: OWA IM/presence in hybrid is plain
/// "Supported"), and the gating map of §D.3: which rules, when they fire, break a feature.
/// </summary>
public static class SupportMatrices
{
    public const string Kb2614242 = "KB2614242";

    public const string Kb2614614 = "KB2614614";

    /// <summary>D.1: Exchange Server 2013 on-premises mailboxes.</summary>
    public static FrozenDictionary<LyncScenario, FrozenDictionary<SupportFeature, MatrixCell>> Exchange2013 { get; } = Matrix(
        (LyncScenario.LyncServerOnly, [MatrixCell.Supported, MatrixCell.Supported, MatrixCell.Supported, MatrixCell.Supported, MatrixCell.Supported]),
        (LyncScenario.LyncOnlineOnly, [MatrixCell.Supported, MatrixCell.NotSupported, MatrixCell.NotSupported, MatrixCell.NotSupported, MatrixCell.Supported]),
        (LyncScenario.Hybrid, [MatrixCell.Supported, MatrixCell.Supported, MatrixCell.SupportedOnPremHomedOnly, MatrixCell.SupportedOnPremHomedOnly, MatrixCell.Supported]));

    /// <summary>D.2: Exchange Online mailboxes.</summary>
    public static FrozenDictionary<LyncScenario, FrozenDictionary<SupportFeature, MatrixCell>> ExchangeOnline { get; } = Matrix(
        (LyncScenario.LyncOnlineOnly, [MatrixCell.Supported, MatrixCell.Supported, MatrixCell.Supported, MatrixCell.Supported, MatrixCell.Supported]),
        (LyncScenario.LyncServerOnly, [MatrixCell.Supported, MatrixCell.Supported, MatrixCell.Supported, MatrixCell.NotSupported, MatrixCell.Supported]),
        (LyncScenario.Hybrid, [MatrixCell.Supported, MatrixCell.Supported, MatrixCell.Supported, MatrixCell.SupportedOnlineHomedOnly, MatrixCell.Supported]));

    /// <summary>
    /// §D.3 gating map. OWA IM/presence gates apply to online meetings too; the Exchange Online-only gates (LXA0603,
    /// LXA0605, LXA0606) only to users whose mailbox is in Exchange Online.
    /// </summary>
    public static FrozenDictionary<SupportFeature, string[]> Gates { get; } = new Dictionary<SupportFeature, string[]>
    {
        [SupportFeature.OutlookIntegration_EWS_MAPI] = ["LXA0106", "LXA0205", "LXA0206", .. Range(501, 507)],
        [SupportFeature.OwaImPresence] = [.. OwaGates],
        [SupportFeature.OwaOnlineMeetingScheduling] = [.. OwaGates, "LXA0604"],
        [SupportFeature.UnifiedContactStore] = ["LXA0106", "LXA0209", .. Range(501, 507), "LXA0607"],
        [SupportFeature.HighResPhotos] = ["LXA0106", "LXA0210"],
    }.ToFrozenDictionary();

    /// <summary>Gates that concern only users with an Exchange Online mailbox ("(EXO)" in §D.3).</summary>
    public static FrozenSet<string> ExchangeOnlineGates { get; } = new[] { "LXA0603", "LXA0605", "LXA0606" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Gates about on-premises Exchange OWA and its trusted application: they concern on-premises mailboxes only.</summary>
    public static bool IsOnPremisesExchangeGate(string ruleId) =>
        string.CompareOrdinal(ruleId, "LXA0301") >= 0 && string.CompareOrdinal(ruleId, "LXA0404") <= 0;

    /// <summary>The matrix for a mailbox location (D.1 or D.2) and its source name; null for any other location.</summary>
    public static (string Source, FrozenDictionary<LyncScenario, FrozenDictionary<SupportFeature, MatrixCell>> Matrix)? For(MailboxLocation mailbox) => mailbox switch
    {
        MailboxLocation.Exchange2013 => (Kb2614242, Exchange2013),
        MailboxLocation.ExchangeOnline => (Kb2614614, ExchangeOnline),
        _ => null,
    };

    private static string[] OwaGates =>
        ["LXA0201", "LXA0202", "LXA0203", "LXA0204", .. Range(301, 309), .. Range(401, 404), "LXA0603", "LXA0605", "LXA0606"];

    private static IEnumerable<string> Range(int first, int last) =>
        Enumerable.Range(first, last - first + 1).Select(n => "LXA0" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static FrozenDictionary<LyncScenario, FrozenDictionary<SupportFeature, MatrixCell>> Matrix(params (LyncScenario Scenario, MatrixCell[] Cells)[] rows) =>
        rows.ToFrozenDictionary(
            r => r.Scenario,
            r => Enum.GetValues<SupportFeature>().Select((f, i) => KeyValuePair.Create(f, r.Cells[i])).ToFrozenDictionary());
}
