using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Rules.OAuth;

namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>
/// KB 2614242 step 2: Exchange finds a user's SIP address in <c>proxyAddresses</c>; a Lync user whose proxy addresses
/// carry no <c>sip:</c> entry gets no IM/presence in OWA. A truncated list is inconclusive (LXA0901), never "empty".
/// </summary>
[Rule("LXA0201", RuleCategory.Directory, DiagnosticSeverity.Error,
    Title = "Lync user's SIP address is not in proxyAddresses",
    Message = "User '{0}' has SIP address '{1}' but no sip: entry in proxyAddresses; Exchange uses proxyAddresses to find the SIP address and OWA cannot connect to IM/presence.",
    HelpUri = "https://support.microsoft.com/help/2614242",
    Tags = ["KB2614242", "Step2"])]
internal sealed partial class LXA0201SipAddressNotInProxyAddresses : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [EvidenceRequirement.DirectoryUsers];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var scenario = context.Deployment.Scenario.Scenario;
        foreach (var user in UsersIndex.Of(context.Deployment).Users)
        {
            if (!DirectoryUsers.IsLyncUser(user, scenario) || !user.HasSipUri)
            {
                continue;
            }

            // No source showing proxy addresses at all, or only a truncated one: nothing to judge (LXA0901 says why).
            if (user.ProxyAddresses is not { IsTruncated: false } proxies || proxies.HasSipProxy || user.SipUri.Effective is not { } sip)
            {
                continue;
            }

            var location = user.EffectiveMailboxLocation;
            var sipUser = sip.Value.UserAtHost;
            var fix = $"{DirectoryUsers.SetMailboxCmdlet(user)} -Identity '{user.Name}' -EmailAddresses @{{Add='sip:{sipUser}'}}"
                + (location == MailboxLocation.ExchangeOnline ? "   # Exchange Online mailbox: on the on-premises remote mailbox, or in EAC when there is no dirsync (KB 2614614); then let dirsync run" : "   # then let dirsync run");
            context.ReportFinding(
                DirectoryUsers.MissingAt(user, proxies),
                user.ObjectIdentity,
                [user.Name, sip.Value.Normalized],
                fix: fix,
                severity: location == MailboxLocation.None ? DiagnosticSeverity.Info : null,
                related: DirectoryUsers.Related(DirectoryUsers.Related(sip), new RelatedLocation(proxies.Location, proxies.Describe() + " has no sip: entry")),
                properties: [new("expected", "sip:" + sipUser + " in " + proxies.Describe()), new("actual", "no sip: entry"), new("mailbox", location.ToString())]);
        }
    }
}
