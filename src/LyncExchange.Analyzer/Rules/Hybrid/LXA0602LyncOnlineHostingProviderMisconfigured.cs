using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Rules.OAuth;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules.Hybrid;

/// <summary>
/// The Lync Online hosting provider exists but one of the values a shared SIP address space needs is wrong; each
/// wrong value is its own finding at its line.
/// </summary>
[Rule("LXA0602", RuleCategory.Hybrid, DiagnosticSeverity.Error,
    Title = "Lync Online hosting provider misconfigured",
    Message = "Hosting provider '{0}' has {1}={2}; Lync hybrid requires {3}.",
    HelpUri = "https://technet.microsoft.com/library/gg398532(v=ocs.15)",
    Scenarios = "Hybrid",
    Tags = ["KB2614242", "Step6"])]
internal sealed partial class LXA0602LyncOnlineHostingProviderMisconfigured : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [EvidenceRequirement.Cmdlet("Get-CsHostingProvider")];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        foreach (var provider in context.Deployment.All<CsHostingProvider>().Where(HostingProviders.IsLyncOnline))
        {
            var id = provider.Identity ?? provider.Name ?? "?";
            var fix = $"Set-CsHostingProvider -Identity '{id}' -Enabled $true -EnabledSharedAddressSpace $true -HostsOCSUsers $true -IsLocal $false -VerificationLevel UseSourceVerification -AutodiscoverUrl {HostingProviders.LyncOnlineAutodiscoverUrl}";
            Check(context, provider, id, fix, "Enabled", provider.Enabled, true, provider.Locations.Enabled);
            Check(context, provider, id, fix, "EnabledSharedAddressSpace", provider.EnabledSharedAddressSpace, true, provider.Locations.EnabledSharedAddressSpace);
            Check(context, provider, id, fix, "HostsOCSUsers", provider.HostsOCSUsers, true, provider.Locations.HostsOCSUsers);
            Check(context, provider, id, fix, "IsLocal", provider.IsLocal, false, provider.Locations.IsLocal);

            var verification = provider.VerificationLevel?.Trim();
            if (!string.IsNullOrEmpty(verification) && !verification.Equals("UseSourceVerification", StringComparison.OrdinalIgnoreCase))
            {
                Report(context, provider, id, fix, "VerificationLevel", verification, "UseSourceVerification", provider.Locations.VerificationLevel, null);
            }

            // JJ945652: hybrid redirects online users through this URL; a wrong one breaks sign-in discovery, not the trust.
            var autodiscover = provider.AutodiscoverUrl?.Trim();
            if (provider.Source.IsPresent("AutodiscoverUrl") && !provider.Source.IsTruncated("AutodiscoverUrl")
                && !string.Equals(autodiscover?.TrimEnd('/'), HostingProviders.LyncOnlineAutodiscoverUrl, StringComparison.OrdinalIgnoreCase))
            {
                Report(context, provider, id, fix, "AutodiscoverUrl", string.IsNullOrEmpty(autodiscover) ? "(empty)" : autodiscover, HostingProviders.LyncOnlineAutodiscoverUrl, provider.Locations.AutodiscoverUrl, DiagnosticSeverity.Warning);
            }
        }
    }

    private static void Check(RuleContext context, CsHostingProvider provider, string id, string fix, string property, bool? actual, bool expected, DumpLocation location)
    {
        if (actual is { } value && value != expected)
        {
            Report(context, provider, id, fix, property, HostingProviders.Show(value), HostingProviders.Show(expected), location, null);
        }
    }

    private static void Report(RuleContext context, CsHostingProvider provider, string id, string fix, string property, string actual, string expected, DumpLocation location, DiagnosticSeverity? severity) =>
        context.ReportFinding(
            ScenarioDependence.At(location, provider.Source.Location),
            provider.ObjectIdentity,
            [id, property, actual, expected],
            fix: fix,
            severity: severity,
            properties: [new("expected", $"{property}={expected}"), new("actual", $"{property}={actual}")]);
}
