using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Rules.OAuth;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules.Hybrid;

/// <summary>
/// On-premises-homed Lync users with Exchange Online mailboxes need the "Exchange Online" hosting provider
/// (<c>exap.um.outlook.com</c>, KB 2614614) for OWA IM/presence and Exchange Online UM. Its
/// <c>EnabledSharedAddressSpace</c> is reported as Info only: Hh533880 and KB 2614614 disagree (decision 6).
/// </summary>
[Rule("LXA0605", RuleCategory.Hybrid, DiagnosticSeverity.Error,
    Title = "Exchange Online hosting provider missing or misconfigured",
    Message = "Hosting provider for Exchange Online (exap.um.outlook.com) {0}; OWA IM/presence and Exchange Online UM for on-prem Lync users will fail.",
    HelpUri = "https://support.microsoft.com/help/2614614",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614614"])]
internal sealed partial class LXA0605ExchangeOnlineHostingProviderMisconfigured : IntegrationRule
{
    private const string Create = "New-CsHostingProvider -Identity \"Exchange Online\" -Enabled $True -EnabledSharedAddressSpace $True -HostsOCSUsers $False -ProxyFqdn \"exap.um.outlook.com\" -IsLocal $False -VerificationLevel UseSourceVerification; Get-CsHostingProvider -LocalStore   # on the Edge, to verify replication";

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [EvidenceRequirement.Cmdlet("Get-CsHostingProvider")];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        if (!OnPremUserHasExchangeOnlineMailbox(deployment, out var evidence))
        {
            return;
        }

        var providers = deployment.All<CsHostingProvider>().ToList();
        if (providers.Any(p => p.Source.IsTruncated("ProxyFqdn")))
        {
            return;
        }

        var exchangeOnline = providers.Where(HostingProviders.IsExchangeOnline).ToList();
        var related = evidence.IsNone ? [] : new[] { new RelatedLocation(evidence, "on-premises Lync user with an Exchange Online mailbox") };
        if (exchangeOnline.Count == 0)
        {
            var present = providers.Count == 0 ? "none" : string.Join(", ", providers.Select(p => $"'{p.Identity}' ({p.ProxyFqdn})"));
            context.ReportFinding(
                IntegrationFacts.CollectionLocation(deployment, "Get-CsHostingProvider"),
                "CsHostingProvider:(Exchange Online)",
                ["is missing"],
                fix: Create,
                related: related,
                properties: [new("expected", "a hosting provider with ProxyFqdn=exap.um.outlook.com"), new("actual", "hosting providers: " + present)]);
            return;
        }

        foreach (var provider in exchangeOnline)
        {
            var id = provider.Identity ?? provider.Name ?? "?";
            var fix = $"Set-CsHostingProvider -Identity '{id}' -Enabled $True -HostsOCSUsers $False -IsLocal $False -VerificationLevel UseSourceVerification";
            Check(context, provider, "Enabled", provider.Enabled, true, provider.Locations.Enabled, fix);
            Check(context, provider, "HostsOCSUsers", provider.HostsOCSUsers, false, provider.Locations.HostsOCSUsers, fix);
            Check(context, provider, "IsLocal", provider.IsLocal, false, provider.Locations.IsLocal, fix);
            var verification = provider.VerificationLevel?.Trim();
            if (!string.IsNullOrEmpty(verification) && !verification.Equals("UseSourceVerification", StringComparison.OrdinalIgnoreCase))
            {
                Report(context, provider, "VerificationLevel", verification, "UseSourceVerification", provider.Locations.VerificationLevel, fix, null, null);
            }

            ReportSharedAddressSpaceDisagreement(context, deployment, provider, id);
        }
    }

    /// <summary>
    /// Decision 6: KB 2614614 says False for Lync Server only and True for hybrid; Hh533880 says True always. A value
    /// that differs from KB 2614614 for the scenario is reported as Info naming both sources, never more.
    /// </summary>
    private static void ReportSharedAddressSpaceDisagreement(RuleContext context, DeploymentModel deployment, CsHostingProvider provider, string id)
    {
        if (provider.EnabledSharedAddressSpace is not { } shared)
        {
            return;
        }

        var hybrid = deployment.Scenario.Scenario == LyncScenario.Hybrid;
        var kbValue = hybrid;
        if (shared == kbValue)
        {
            return;
        }

        var note = hybrid
            ? "KB 2614614 and Hh533880 both set True for a hybrid deployment"
            : "KB 2614614 sets False for Lync Server only, Hh533880 says True must be set; the sources disagree, so this is information only";
        context.ReportFinding(
            ScenarioDependence.At(provider.Locations.EnabledSharedAddressSpace, provider.Source.Location),
            provider.ObjectIdentity,
            [$"has EnabledSharedAddressSpace={HostingProviders.Show(shared)} ({note})"],
            fix: $"Set-CsHostingProvider -Identity '{id}' -EnabledSharedAddressSpace ${HostingProviders.Show(kbValue)}",
            severity: DiagnosticSeverity.Info,
            properties: [new("expected", "EnabledSharedAddressSpace=" + HostingProviders.Show(kbValue) + " (KB 2614614)"), new("actual", "EnabledSharedAddressSpace=" + HostingProviders.Show(shared))]);
    }

    /// <summary>
    /// "MailboxLocation = ExchangeOnline for ≥1 on-prem-homed user", per user when Lync users and recipients join;
    /// without any join, the deployment-level Exchange Online mailbox signal (S9) stands in.
    /// </summary>
    internal static bool OnPremUserHasExchangeOnlineMailbox(DeploymentModel deployment, out DumpLocation evidence)
    {
        var users = LyncUserMailboxes.Of(deployment).Users;
        if (users.FirstOrDefault(u => u.Home == UserHome.OnPrem && u.MailboxLocation == MailboxLocation.ExchangeOnline) is { Mailbox: { } mailbox })
        {
            evidence = mailbox.Locations.RecipientTypeDetails;
            return true;
        }

        if (users.Any(u => u.Mailbox is not null))
        {
            evidence = DumpLocation.None;
            return false;
        }

        var signal = deployment.Scenario.Signals.FirstOrDefault(s => s.Kind == ScenarioSignalKind.ExchangeOnlineMailboxes);
        evidence = signal?.Location ?? DumpLocation.None;
        return signal is not null;
    }

    private static void Check(RuleContext context, CsHostingProvider provider, string property, bool? actual, bool expected, DumpLocation location, string fix)
    {
        if (actual is { } value && value != expected)
        {
            Report(context, provider, property, HostingProviders.Show(value), HostingProviders.Show(expected), location, fix, null, null);
        }
    }

    private static void Report(RuleContext context, CsHostingProvider provider, string property, string actual, string expected, DumpLocation location, string fix, DiagnosticSeverity? severity, IEnumerable<RelatedLocation>? related) =>
        context.ReportFinding(
            ScenarioDependence.At(location, provider.Source.Location),
            provider.ObjectIdentity,
            [$"has {property}={actual} (expected {expected})"],
            fix: fix,
            severity: severity,
            related: related,
            properties: [new("expected", $"{property}={expected}"), new("actual", $"{property}={actual}")]);
}
