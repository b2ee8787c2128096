namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>Where a user's mailbox lives: RULES.md §B.0 MailboxLocation(u), decided per §C.2 step 3.</summary>
public enum MailboxLocation
{
    /// <summary>The Exchange attributes present do not decide it (an unlisted recipient type, contradicting values).</summary>
    Unknown,

    /// <summary>No mailbox attribute at all (not mail-enabled, or the export left the Exchange attributes out).</summary>
    None,

    /// <summary>On-premises mailbox on Exchange 2013 or later (15.x).</summary>
    Exchange2013,

    /// <summary>Exchange Online mailbox (RemoteUserMailbox and its room/equipment/shared variants).</summary>
    ExchangeOnline,

    /// <summary>On-premises mailbox on Exchange 2010 (14.x) or older.</summary>
    ExchangeLegacy,
}
