using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Rules.ExchangeOwa;

/// <summary>
/// An OWA mailbox policy has IM disabled or a type other than Ocs; every mailbox it governs gets no Lync
/// integration in OWA even when the virtual directory is right.
/// </summary>
[Rule("LXA0302", RuleCategory.ExchangeOwa, DiagnosticSeverity.Error,
    Title = "OWA mailbox policy not enabled for Lync IM",
    Message = "OWA mailbox policy '{0}' has InstantMessagingEnabled={1}, InstantMessagingType={2}; users governed by it get no Lync integration in OWA.",
    HelpUri = "https://technet.microsoft.com/library/jj688055(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step5"])]
internal sealed partial class LXA0302OwaMailboxPolicyNotEnabledForIm : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
        [EvidenceRequirement.Cmdlet("Get-OwaMailboxPolicy")];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var inUse = PolicyUsage.PoliciesInEffect(context.Deployment);
        foreach (var policy in context.Deployment.All<OwaMailboxPolicy>())
        {
            if (policy.InstantMessagingEnabled is null && policy.InstantMessagingType is null)
            {
                continue;
            }

            var enabled = policy.InstantMessagingEnabled == true;
            var isOcs = policy.InstantMessagingType == InstantMessagingType.Ocs;
            if (enabled && isOcs)
            {
                continue;
            }

            var name = policy.Name ?? policy.Identity ?? "?";
            var location = !enabled || policy.Locations.InstantMessagingType.IsNone
                ? policy.Locations.InstantMessagingEnabled
                : policy.Locations.InstantMessagingType;
            var governsMailboxes = policy.IsDefault == true || inUse.Contains(name);
            context.Report(
                location,
                policy.ObjectIdentity,
                [name, policy.InstantMessagingEnabled?.ToString() ?? "(empty)", policy.InstantMessagingType?.ToString() ?? "(empty)"],
                fix: $"Set-OwaMailboxPolicy -Identity '{name}' -InstantMessagingEnabled $True -InstantMessagingType OCS",
                severity: governsMailboxes ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                properties: [new("inEffect", governsMailboxes ? "true" : "false")]);
        }
    }
}
