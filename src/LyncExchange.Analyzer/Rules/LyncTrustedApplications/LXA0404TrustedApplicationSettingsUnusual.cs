using LyncExchange.Analyzer.Deployment.Topology;
using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Rules.LyncTrustedApplications;

/// <summary>
/// The OWA trusted application or its pool has settings OWA does not expect: TCP instead of MTLS (UCMA applications
/// support only MTLS), replication required, or server throttling / authenticated treatment switched off.
/// </summary>
[Rule("LXA0404", RuleCategory.LyncTrustedApplications, DiagnosticSeverity.Warning,
    Title = "Trusted application settings unusual for OWA",
    Message = "Trusted application '{0}': {1}.",
    HelpUri = "https://learn.microsoft.com/powershell/module/skype/new-cstrustedapplication",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step5"])]
internal sealed partial class LXA0404TrustedApplicationSettingsUnusual : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
        [EvidenceRequirement.Cmdlet("Get-CsTrustedApplication")];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var exchange = ExchangeTopology.Of(context.Deployment);
        var lync = LyncTopology.Of(context.Deployment);
        var owaPools = lync.TrustedApplicationPools
            .Where(p => lync.ApplicationsOf(p).Any(IsOwaApplication) || exchange.Servers.Any(s => s.Fqdn is not null && lync.ComputersOf(p).Any(c => HostName.AreEqual(c, s.Fqdn))))
            .ToList();

        foreach (var app in lync.TrustedApplications.Where(a => IsOwaApplication(a) || owaPools.Any(p => lync.ApplicationsOf(p).Contains(a))))
        {
            // RULES.md decision 3: a missing Protocol property is unknown, not a defect.
            if (string.Equals(app.Protocol?.Trim(), "Tcp", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(
                    app.Locations.Protocol,
                    app.ObjectIdentity,
                    [app.Identity, "uses TCP; UCMA applications such as OWA IM support only MTLS"],
                    fix: $"Remove-CsTrustedApplication -Identity '{app.Identity}'; New-CsTrustedApplication -ApplicationId {app.ApplicationId?.Replace("urn:application:", string.Empty, StringComparison.OrdinalIgnoreCase) ?? "OutlookWebApp"} -TrustedApplicationPoolFqdn {app.TrustedApplicationPoolFqdn} -Port {app.Port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "5199"}; Enable-CsTopology");
            }
        }

        foreach (var pool in owaPools)
        {
            var fix = $"Set-CsTrustedApplicationPool '{pool.Fqdn}' -RequiresReplication $False -TreatAsAuthenticated $True -ThrottleAsServer $True";
            if (pool.RequiresReplication == true)
            {
                context.Report(pool.Locations.RequiresReplication, pool.ObjectIdentity, [pool.Fqdn, "RequiresReplication=True (OWA's pool is normally created with -RequiresReplication $False)"], fix: fix, severity: DiagnosticSeverity.Info);
            }

            if (pool.TreatAsAuthenticated == false)
            {
                context.Report(pool.Locations.TreatAsAuthenticated, pool.ObjectIdentity, [pool.Fqdn, "TreatAsAuthenticated=False (JJ204857 sets True, the default)"], fix: fix, severity: DiagnosticSeverity.Info);
            }

            if (pool.ThrottleAsServer == false)
            {
                context.Report(pool.Locations.ThrottleAsServer, pool.ObjectIdentity, [pool.Fqdn, "ThrottleAsServer=False (JJ204857 sets True, the default)"], fix: fix, severity: DiagnosticSeverity.Info);
            }
        }
    }

    private static bool IsOwaApplication(Model.Lync.CsTrustedApplication app) =>
        (app.ApplicationId ?? app.Identity ?? string.Empty).Contains("outlookwebapp", StringComparison.OrdinalIgnoreCase)
        || (app.ApplicationId ?? string.Empty).EndsWith(":owa", StringComparison.OrdinalIgnoreCase);
}
