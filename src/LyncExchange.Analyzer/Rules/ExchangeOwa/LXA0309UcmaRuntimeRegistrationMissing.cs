using LyncExchange.Analyzer.Deployment.Topology;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Rules.ExchangeOwa;

/// <summary>
/// The MSExchange OWA\InstantMessaging registry key does not point at the UCMA 4.0 IM provider DLL, so OWA cannot load
/// its IM provider ("No registry setting for IM Provider").
/// </summary>
[Rule("LXA0309", RuleCategory.ExchangeOwa, DiagnosticSeverity.Error,
    Title = "UCMA 4.0 runtime registration missing on a Mailbox server",
    Message = "{0}: ImplementationDLLPath is {1}; OWA cannot load the IM provider (\"No registry setting for IM Provider\" / \"IM provider not found\").",
    HelpUri = "https://technet.microsoft.com/library/ms.exch.scom.owa.protocol.dep(v=EXCHG.150)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step5"])]
internal sealed partial class LXA0309UcmaRuntimeRegistrationMissing : IntegrationRule
{
    private const string ExpectedDll = "Microsoft.Rtc.Internal.Ucweb.dll";

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
        [EvidenceRequirement.Records<OwaImRegistry>("no .reg export of HKLM\\SYSTEM\\CurrentControlSet\\Services\\MSExchange OWA\\InstantMessaging", OwaEvidence.RegistryCommand)];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var topology = ExchangeTopology.Of(context.Deployment);
        if (!topology.OwaImConfigured && topology.ImRegistryKeys.IsEmpty)
        {
            return;
        }

        foreach (var key in topology.ImRegistryKeys)
        {
            var value = key.ImplementationDLLPath?.Trim();
            if (value is not null && value.EndsWith(ExpectedDll, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            context.Report(
                key.Locations.ImplementationDLLPath.IsNone ? key.Source.Location : key.Locations.ImplementationDLLPath,
                key.ObjectIdentity,
                [key.Server ?? "(unnamed server)", value is null ? "missing" : $"'{value}'"],
                fix: "Install or repair the UCMA 4.0 Runtime (https://www.microsoft.com/download/details.aspx?id=34992) on the Mailbox server; it registers C:\\Program Files\\Microsoft UCMA 4.0\\Runtime\\SSP\\Microsoft.Rtc.Internal.Ucweb.dll",
                properties: [new("expected", "…\\" + ExpectedDll), new("actual", value ?? "(missing)")]);
        }

        foreach (var server in topology.Mailbox2013Servers.Where(s => !topology.ImRegistryKeys.Any(k => topology.IsSameServer(k.Server, s))))
        {
            if (topology.ImRegistryKeys.Length == 1 && topology.ImRegistryKeys[0].Server is null)
            {
                break;
            }

            context.ReportEvidenceMissing($"no InstantMessaging registry export from Mailbox server {server.Name}", OwaEvidence.RegistryCommand, server.Source.Location, server.ObjectIdentity);
        }
    }
}
