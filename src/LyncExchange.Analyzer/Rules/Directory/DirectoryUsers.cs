using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>What the directory rules share: which users they judge, the names they print and the fix commands they fill in.</summary>
internal static class DirectoryUsers
{
    /// <summary>
    /// The users the SIP rules judge: Lync-enabled, or (in LyncOnlineOnly, where no on-prem enablement exists) any user
    /// with a SIP address (RULES.md LXA0201 logic).
    /// </summary>
    public static bool IsLyncUser(DeploymentUser user, LyncScenario scenario) =>
        user.IsLyncEnabled || (scenario == LyncScenario.LyncOnlineOnly && user.HasSipUri);

    /// <summary><c>Set-Mailbox</c> for on-premises mailboxes, <c>Set-RemoteMailbox</c> for Exchange Online ones (KB 2614614).</summary>
    public static string SetMailboxCmdlet(DeploymentUser user) =>
        user.EffectiveMailboxLocation == MailboxLocation.ExchangeOnline ? "Set-RemoteMailbox" : "Set-Mailbox";

    /// <summary>The proxy list's line for a missing-value finding: the attribute line when present, else the object's first line.</summary>
    public static DumpLocation MissingAt(DeploymentUser user, ProxyAddressList? list) =>
        list is not null && !list.Locations.IsEmpty ? list.Locations[0] : user.Location;

    public static RelatedLocation? Related<T>(SourcedValue<T>? value, string? text = null)
        where T : notnull =>
        value is null ? null : new RelatedLocation(value.Location, text ?? $"{value.Describe()} '{value.Value}'");

    public static IEnumerable<RelatedLocation> Related(params RelatedLocation?[] items) =>
        items.Where(i => i is not null && !i.Location.IsNone).Cast<RelatedLocation>();
}
