using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Rules.ExchangeOwa;

/// <summary>
/// A front-end OWA virtual directory has instant messaging switched on but its type is not Ocs, so OWA shows
/// blank presence and an IM error; or IM is switched off while the rest of the Lync integration is configured.
/// </summary>
[Rule("LXA0301", RuleCategory.ExchangeOwa, DiagnosticSeverity.Error,
    Title = "OWA virtual directory not set up for Lync IM",
    Message = "OWA virtual directory '{0}' has InstantMessagingEnabled={1}, InstantMessagingType={2}; Lync IM/presence in OWA requires Enabled=True and Type=Ocs (with IM enabled and type None users get blank presence and an error).",
    HelpUri = "https://technet.microsoft.com/library/jj688055(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step5"])]
internal sealed partial class LXA0301OwaVirtualDirectoryNotSetUpForIm : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
        [EvidenceRequirement.Cmdlet("Get-OwaVirtualDirectory", "Get-OwaVirtualDirectory -ADPropertiesOnly | Export-Clixml Get-OwaVirtualDirectory.xml")];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var integrationConfigured = IntegrationEvidence.OwaImIsOtherwiseConfigured(context.Deployment);
        foreach (var vdir in context.Deployment.All<OwaVirtualDirectory>())
        {
            if (vdir.InstantMessagingEnabled is not { } enabled)
            {
                continue;
            }

            var type = vdir.InstantMessagingType;
            var identity = vdir.Identity ?? vdir.Name ?? "?";
            var fix = $"Set-OwaVirtualDirectory -Identity '{identity}' -InstantMessagingEnabled $true -InstantMessagingType Ocs";
            var shown = type?.ToString() ?? "(empty)";

            if (vdir.IsBackEnd)
            {
                if (enabled && type == InstantMessagingType.Ocs)
                {
                    context.Report(
                        vdir.Locations.InstantMessagingEnabled,
                        vdir.ObjectIdentity,
                        [identity, enabled, shown],
                        fix: $"Set-OwaVirtualDirectory -Identity '{identity}' -InstantMessagingEnabled $false",
                        severity: DiagnosticSeverity.Info,
                        message: $"OWA virtual directory '{identity}' is the Exchange back-end directory and has IM enabled; JJ688055 recommends enabling IM only on the front-end 'owa (Default Web Site)' directory.");
                }

                continue;
            }

            if (enabled && type != InstantMessagingType.Ocs)
            {
                context.Report(
                    vdir.Locations.InstantMessagingType.IsNone ? vdir.Locations.InstantMessagingEnabled : vdir.Locations.InstantMessagingType,
                    vdir.ObjectIdentity,
                    [identity, enabled, shown],
                    fix: fix,
                    properties: [new("expected", "InstantMessagingType=Ocs"), new("actual", "InstantMessagingType=" + shown)]);
            }
            else if (!enabled && integrationConfigured)
            {
                context.Report(
                    vdir.Locations.InstantMessagingEnabled,
                    vdir.ObjectIdentity,
                    [identity, enabled, shown],
                    fix: fix,
                    severity: DiagnosticSeverity.Warning,
                    properties: [new("expected", "InstantMessagingEnabled=True"), new("actual", "InstantMessagingEnabled=False")]);
            }
        }
    }
}
