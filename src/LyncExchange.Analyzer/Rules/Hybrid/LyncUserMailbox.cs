using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Rules.Hybrid;

/// <summary>One Lync user with the Exchange recipient that belongs to it (if the dumps show one).</summary>
internal sealed record LyncUserMailbox(CsUser User, Mailbox? Mailbox, UserHome Home, MailboxLocation MailboxLocation)
{
    /// <summary>The name messages and fix commands use: UPN, else SIP address without scheme, else identity.</summary>
    public string Name =>
        !string.IsNullOrWhiteSpace(User.UserPrincipalName) ? User.UserPrincipalName.Trim()
        : LyncUserMailboxes.SipKey(User.SipAddress) is { } sip ? sip
        : User.Identity ?? User.DisplayName ?? "?";
}
