using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Rules.ExchangeOwa;

/// <summary>
/// OWA has IM switched on although the deployment is Exchange 2013 with Lync Online only, where KB 2614242 marks OWA
/// IM/presence "Not supported": users see blank presence and an error at every logon.
/// </summary>
[Rule("LXA0308", RuleCategory.ExchangeOwa, DiagnosticSeverity.Warning,
    Title = "OWA IM configured although the scenario does not support it",
    Message = "OWA on {0} has instant messaging enabled, but OWA IM/presence is not supported for Exchange Server 2013 with Lync Online only; users will see blank presence and errors.",
    HelpUri = "https://support.microsoft.com/help/2614242",
    Scenarios = "LyncOnlineOnly",
    Tags = ["KB2614242", "SupportMatrix"])]
internal sealed partial class LXA0308OwaImConfiguredButUnsupported : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
        [EvidenceRequirement.Cmdlet("Get-OwaVirtualDirectory")];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        foreach (var vdir in context.Deployment.All<OwaVirtualDirectory>().Where(v => !v.IsBackEnd && v.InstantMessagingEnabled == true))
        {
            var server = vdir.ServerShortName ?? vdir.Identity ?? "?";
            context.Report(
                vdir.Locations.InstantMessagingEnabled,
                vdir.ObjectIdentity,
                [server],
                fix: $"Set-OwaVirtualDirectory -Identity '{vdir.Identity}' -InstantMessagingEnabled $False");
        }
    }
}
