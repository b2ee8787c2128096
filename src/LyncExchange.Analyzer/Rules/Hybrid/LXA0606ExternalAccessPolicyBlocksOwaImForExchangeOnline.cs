using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Rules.OAuth;

namespace LyncExchange.Analyzer.Rules.Hybrid;

/// <summary>
/// OWA in Exchange Online signs on-premises Lync users in as remote users (Hh533880), so their effective external
/// access policy must enable outside access.
/// </summary>
[Rule("LXA0606", RuleCategory.Hybrid, DiagnosticSeverity.Warning,
    Title = "External access policy blocks OWA IM for Exchange Online mailboxes",
    Message = "User '{0}' has an Exchange Online mailbox but external access policy '{1}' does not enable communications with remote users; OWA IM sign-in will fail.",
    HelpUri = "https://technet.microsoft.com/library/hh533880(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614614"])]
internal sealed partial class LXA0606ExternalAccessPolicyBlocksOwaImForExchangeOnline : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.Cmdlet("Get-CsExternalAccessPolicy"),
        EvidenceRequirement.Cmdlet("Get-CsUser", "Get-CsUser -ResultSize Unlimited | Export-Clixml Get-CsUser.xml"),
        LyncUserMailboxes.MailboxEvidence,
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        foreach (var entry in LyncUserMailboxes.Of(deployment).Users)
        {
            if (entry.Home != UserHome.OnPrem || entry.MailboxLocation != MailboxLocation.ExchangeOnline || entry.User.Enabled == false)
            {
                continue;
            }

            var policy = EffectivePolicies.ExternalAccess(deployment, entry.User);
            if (policy is null || policy.EnableOutsideAccess != false)
            {
                // The policy that applies is not in the dump, or it allows outside access.
                continue;
            }

            var name = policy.PolicyName ?? policy.Identity ?? "?";
            var user = entry.User;
            var grant = policy.IsGlobal || (policy.Identity?.StartsWith("Site:", StringComparison.OrdinalIgnoreCase) ?? false)
                ? $"Set-CsExternalAccessPolicy -Identity '{policy.Identity}' -EnableOutsideAccess $True"
                : $"Set-CsExternalAccessPolicy -Identity '{name}' -EnableOutsideAccess $True";
            context.ReportFinding(
                ScenarioDependence.At(user.Locations.ExternalAccessPolicy, user.Source.Location),
                user.ObjectIdentity,
                [entry.Name, name],
                fix: grant + $"   # or: Grant-CsExternalAccessPolicy -Identity '{entry.Name}' -PolicyName <policy with EnableOutsideAccess True>",
                related:
                [
                    new(policy.Locations.EnableOutsideAccess, $"external access policy '{name}' EnableOutsideAccess=False"),
                    new(entry.Mailbox!.Locations.RecipientTypeDetails, $"mailbox is {entry.Mailbox.RecipientTypeDetails}"),
                ],
                properties: [new("expected", "EnableOutsideAccess=True"), new("actual", $"{name}: EnableOutsideAccess=False")]);
        }
    }
}
