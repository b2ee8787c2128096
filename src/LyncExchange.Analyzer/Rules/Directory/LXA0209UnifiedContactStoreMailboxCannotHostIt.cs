using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Rules.OAuth;

namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>
/// The Unified Contact Store moves the contact list into an Exchange 2013 mailbox: a user allowed UCS (JJ688083: the
/// global policy allows it by default) whose mailbox is missing, legacy, or (for an on-prem-homed user) in Exchange
/// Online (KB 2614614: not supported) ends up with empty or read-only contacts. One info per UCS-allowing policy in use
/// notes that Lync 2010 and Lync for Mac 2011 clients cannot edit UCS contacts (KB 2757458).
/// </summary>
[Rule("LXA0209", RuleCategory.Directory, DiagnosticSeverity.Error,
    Title = "Unified Contact Store enabled for a mailbox that cannot host it",
    Message = "User '{0}' is allowed to use the Unified Contact Store but the mailbox is {1}; contacts become empty or read-only.",
    HelpUri = "https://support.microsoft.com/help/2811654",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2811654", "KB2757458", "KB2614614"])]
internal sealed partial class LXA0209UnifiedContactStoreMailboxCannotHostIt : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.DirectoryUsers,
        EvidenceRequirement.Cmdlet("Get-CsUser", "Get-CsUser -ResultSize Unlimited | Export-Clixml Get-CsUser.xml"),
        EvidenceRequirement.Cmdlet("Get-CsUserServicesPolicy"),
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        var policiesInUse = new Dictionary<CsUserServicesPolicy, int>(ReferenceEqualityComparer.Instance);
        foreach (var user in UsersIndex.Of(deployment).Users)
        {
            if (user.LyncUser is not { } lyncUser || !user.IsLyncEnabled || Hybrid.EffectivePolicies.UserServices(deployment, lyncUser) is not { UcsAllowed: true } policy)
            {
                continue;
            }

            var mailbox = user.EffectiveMailboxLocation;
            var state = mailbox switch
            {
                MailboxLocation.None => "missing (no Exchange mailbox)",
                MailboxLocation.ExchangeLegacy => "on Exchange 2010 or older (UCS needs Exchange 2013)",
                MailboxLocation.ExchangeOnline when user.Home == UserHome.OnPremises => "in Exchange Online while the user is homed on Lync Server (KB 2614614: UCS not supported)",
                _ => null,
            };
            if (state is null)
            {
                if (mailbox is MailboxLocation.Exchange2013 or MailboxLocation.ExchangeOnline)
                {
                    policiesInUse[policy] = policiesInUse.GetValueOrDefault(policy) + 1;
                }

                continue;
            }

            var policyName = policy.PolicyName ?? "Global";
            var mailboxEvidence = user.MailboxLocation.Effective;
            context.ReportFinding(
                ScenarioDependence.At(lyncUser.Locations.UserServicesPolicy, lyncUser.Source.Location),
                user.ObjectIdentity,
                [user.Name, state],
                fix: $"Grant-CsUserServicesPolicy '{user.Name}' -PolicyName NoUnifiedContactStore   # a policy with -UcsAllowed $False (New-CsUserServicesPolicy -Identity NoUnifiedContactStore -UcsAllowed $False)\nInvoke-CsUcsRollback -Identity '{user.Name}'   # rollback alone is reverted after 7 days while the policy still allows UCS",
                related: DirectoryUsers.Related(
                    new RelatedLocation(policy.Locations.UcsAllowed, $"user services policy '{policyName}' UcsAllowed=True"),
                    DirectoryUsers.Related(mailboxEvidence, mailboxEvidence is null ? null : $"{mailboxEvidence.Describe()}: mailbox {mailboxEvidence.Value}")),
                properties: [new("expected", "UcsAllowed=False for this user"), new("actual", $"{policyName}: UcsAllowed=True; mailbox {mailbox}")]);
        }

        foreach (var (policy, users) in policiesInUse.OrderBy(p => p.Key.Identity, StringComparer.OrdinalIgnoreCase))
        {
            var name = policy.PolicyName ?? "Global";
            context.ReportFinding(
                ScenarioDependence.At(policy.Locations.UcsAllowed, policy.Source.Location),
                "CsUserServicesPolicy:" + (policy.Identity ?? name),
                [],
                fix: $"Grant-CsUserServicesPolicy <user> -PolicyName NoUnifiedContactStore   # for users who still run Lync 2010 or Lync for Mac 2011",
                severity: DiagnosticSeverity.Info,
                message: $"User services policy '{name}' allows the Unified Contact Store for {users} user(s); users of Lync 2010 or Lync for Mac 2011 cannot edit contacts once they are migrated (KB 2757458).");
        }
    }
}
