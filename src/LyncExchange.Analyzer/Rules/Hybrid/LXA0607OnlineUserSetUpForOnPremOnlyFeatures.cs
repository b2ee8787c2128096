using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Rules.OAuth;

namespace LyncExchange.Analyzer.Rules.Hybrid;

/// <summary>
/// KB 2614242's hybrid row marks UCS and OWA online meetings "supported only for users homed on-premises": a Lync
/// Online user with an Exchange 2013 mailbox who is still set up for them gets a feature that cannot work.
/// </summary>
[Rule("LXA0607", RuleCategory.Hybrid, DiagnosticSeverity.Warning,
    Title = "Online-homed user set up for features that are on-prem-only in hybrid",
    Message = "User '{0}' is homed in Lync Online; {1} is supported in a Lync hybrid only for users homed on-premises.",
    HelpUri = "https://support.microsoft.com/help/2614242",
    Scenarios = "Hybrid",
    Tags = ["KB2614242", "KB2811654"])]
internal sealed partial class LXA0607OnlineUserSetUpForOnPremOnlyFeatures : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.Cmdlet("Get-CsUser", "Get-CsUser -ResultSize Unlimited | Export-Clixml Get-CsUser.xml"),
        EvidenceRequirement.Cmdlet("Get-CsUserServicesPolicy"),
        LyncUserMailboxes.MailboxEvidence,
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        var pool = IntegrationFacts.LyncPoolFqdns(deployment).FirstOrDefault() ?? "<pool fqdn>";
        foreach (var entry in LyncUserMailboxes.Of(deployment).Users)
        {
            if (entry.Home != UserHome.Online || entry.MailboxLocation != MailboxLocation.Exchange2013)
            {
                continue;
            }

            var user = entry.User;
            var location = ScenarioDependence.At(user.Locations.HostingProvider, user.Source.Location);
            var mailbox = new RelatedLocation(entry.Mailbox!.Locations.RecipientTypeDetails, $"mailbox is {entry.Mailbox.RecipientTypeDetails} (Exchange 2013 on-premises)");
            var services = EffectivePolicies.UserServices(deployment, user);
            if (services?.UcsAllowed == true)
            {
                var policyName = services.PolicyName ?? services.Identity ?? "?";
                context.ReportFinding(
                    location,
                    user.ObjectIdentity,
                    [entry.Name, $"the Unified Contact Store (user services policy '{policyName}' has UcsAllowed=True)"],
                    fix: $"Grant-CsUserServicesPolicy '{entry.Name}' -PolicyName NoUnifiedContactStore; Invoke-CsUcsRollback '{entry.Name}'",
                    related: [new(services.Locations.UcsAllowed, $"user services policy '{policyName}' UcsAllowed=True"), mailbox],
                    properties: [new("expected", "UcsAllowed=False for online-homed users"), new("actual", $"{policyName}: UcsAllowed=True")]);
            }

            if (OwaPolicyFor(deployment, entry.Mailbox) is { InstantMessagingEnabled: true } owa)
            {
                context.ReportFinding(
                    location,
                    user.ObjectIdentity,
                    [entry.Name, $"scheduling online meetings from OWA (OWA mailbox policy '{owa.Name ?? owa.Identity}' enables IM)"],
                    fix: $"Move-CsUser -Identity '{entry.Name}' -Target '{pool}' -Credential $cred   # only if the user needs OWA online meetings; no setting makes them work for an online-homed user",
                    severity: DiagnosticSeverity.Info,
                    related: [new(owa.Locations.InstantMessagingEnabled, $"OWA mailbox policy '{owa.Name ?? owa.Identity}' InstantMessagingEnabled=True"), mailbox]);
            }
        }
    }

    /// <summary>The OWA mailbox policy of the mailbox (Get-CASMailbox), else the default policy when none is assigned.</summary>
    private static OwaMailboxPolicy? OwaPolicyFor(DeploymentModel deployment, Mailbox mailbox)
    {
        var policies = deployment.All<OwaMailboxPolicy>().ToList();
        if (policies.Count == 0)
        {
            return null;
        }

        var cas = deployment.All<CasMailbox>().FirstOrDefault(c =>
            Same(c.DistinguishedName, mailbox.DistinguishedName) || Same(c.PrimarySmtpAddress, mailbox.PrimarySmtpAddress)
            || Same(c.Identity, mailbox.Identity) || Same(c.SamAccountName, mailbox.SamAccountName));
        if (cas is null)
        {
            // Without the CAS mailbox the assignment is unknown, unless no CAS mailbox was collected at all and only
            // the default policy can apply.
            return deployment.All<CasMailbox>().Any() ? null : policies.FirstOrDefault(p => p.IsDefault == true);
        }

        if (string.IsNullOrWhiteSpace(cas.OwaMailboxPolicy))
        {
            return policies.FirstOrDefault(p => p.IsDefault == true);
        }

        var assigned = cas.OwaMailboxPolicy.Trim();
        return policies.FirstOrDefault(p => Same(p.Name, assigned) || Same(p.Identity, assigned) || Same(p.DistinguishedName, assigned));
    }

    private static bool Same(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
