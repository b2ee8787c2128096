namespace LyncExchange.Analyzer.Analysis.Support;

/// <summary>The integration features of KB 2614242's support table (RULES.md §D), in the table's order.</summary>
public enum SupportFeature
{
    OutlookIntegration_EWS_MAPI,
    OwaImPresence,
    OwaOnlineMeetingScheduling,
    UnifiedContactStore,
    HighResPhotos,
}
