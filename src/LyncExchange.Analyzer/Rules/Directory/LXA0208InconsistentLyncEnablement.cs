using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules.OAuth;

namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>
/// The Lync attributes of a user do not say where the user is homed (Dn689115): (a) a SIP address without enablement
/// or registrar (a <c>Disable-CsUser</c> leftover, info); (b) enabled without a known deployment locator (other hosting
/// providers are legal, so warning); (c) locator <c>SRV:</c> but no home pool.
/// </summary>
[Rule("LXA0208", RuleCategory.Directory, DiagnosticSeverity.Warning,
    Title = "Inconsistent Lync enablement attributes",
    Message = "User '{0}': {1}; Lync home location cannot be determined reliably.",
    HelpUri = "https://technet.microsoft.com/library/dn689115(v=ocs.15)",
    Tags = ["Dn689115"])]
internal sealed partial class LXA0208InconsistentLyncEnablement : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [EvidenceRequirement.DirectoryUsers];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        foreach (var user in UsersIndex.Of(context.Deployment).Users)
        {
            var enabled = user.LyncEnabled.Effective;
            if (enabled is not { Value: false } && !user.IsLyncEnabled)
            {
                // Neither a leftover (needs an explicit "not enabled") nor an enabled user: nothing to judge.
                continue;
            }

            var sip = user.SipUri.Effective;
            var locator = user.DeploymentLocator.Effective;
            var registrar = user.RegistrarPool.Effective;
            var sipText = sip?.Value.Normalized ?? user.SipAddressTexts.FirstOrDefault()?.Value;
            if (sipText is not null && enabled is { Value: false } && registrar is null)
            {
                Report(context, user, enabled.Location, $"SIP address '{sipText}' is set but the user is not enabled for Lync and has no registrar pool", DiagnosticSeverity.Info,
                    $"Disable-CsUser '{user.Name}'   # removes the leftover Lync attributes; or Enable-CsUser '{user.Name}' -RegistrarPool <pool fqdn> -SipAddress '{sipText}'",
                    [DirectoryUsers.Related(sip, $"{sip?.Describe()} '{sipText}'"), DirectoryUsers.Related(enabled)]);
                continue;
            }

            if (!user.IsLyncEnabled)
            {
                continue;
            }

            if (locator is null)
            {
                Report(context, user, enabled?.Location ?? user.Location, "the user is enabled for Lync but msRTCSIP-DeploymentLocator (HostingProvider) is empty", null,
                    $"Enable-CsUser '{user.Name}' -RegistrarPool <pool fqdn> -SipAddress '{sipText ?? "sip:<user@domain>"}'   # or Move-CsUser '{user.Name}' -Target sipfed.online.lync.com for a Lync Online user",
                    [DirectoryUsers.Related(enabled)]);
            }
            else if (user.Home == Model.Directory.UserHome.Other)
            {
                Report(context, user, locator.Location, $"the deployment locator is '{locator.Value}', neither 'SRV:' (on-premises) nor 'sipfed.online.lync.com' (Lync Online)", null,
                    $"Move-CsUser '{user.Name}' -Target <pool fqdn>   # or -Target sipfed.online.lync.com; leave as is only for a deliberate third-party hosting provider",
                    [DirectoryUsers.Related(locator)]);
            }
            else if (user.Home == Model.Directory.UserHome.OnPremises && registrar is null)
            {
                Report(context, user, locator.Location, $"the deployment locator is 'SRV:' (on-premises) but no home pool is set (msRTCSIP-PrimaryHomeServer / RegistrarPool empty)", null,
                    $"Move-CsUser '{user.Name}' -Target <pool fqdn> -Force   # or Enable-CsUser '{user.Name}' -RegistrarPool <pool fqdn>",
                    [DirectoryUsers.Related(locator)]);
            }
        }
    }

    private static void Report(RuleContext context, DeploymentUser user, Text.DumpLocation location, string detail, DiagnosticSeverity? severity, string fix, RelatedLocation?[] related) =>
        context.ReportFinding(
            location.IsNone ? user.Location : location,
            user.ObjectIdentity,
            [user.Name, detail],
            fix: fix,
            severity: severity,
            related: DirectoryUsers.Related(related),
            properties: [new("detail", detail)]);
}
