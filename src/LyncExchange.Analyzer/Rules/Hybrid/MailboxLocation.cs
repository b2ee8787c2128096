namespace LyncExchange.Analyzer.Rules.Hybrid;

/// <summary>RULES.md §B.0 MailboxLocation(u).</summary>
internal enum MailboxLocation
{
    Unknown,
    Exchange2013,
    ExchangeOnline,
    ExchangeLegacy,
    None,
}
