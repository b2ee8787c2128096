using LyncExchange.Analyzer.Deployment.Topology;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules.ExchangeOwa;

/// <summary>
/// The OWA web.config of an Exchange 2013 Mailbox server lacks IMServerName or IMCertificateThumbprint (or lists one
/// twice). Exchange 2013 reads these keys, not the virtual directory properties, to reach Lync.
/// </summary>
[Rule("LXA0303", RuleCategory.ExchangeOwa, DiagnosticSeverity.Error,
    Title = "OWA web.config IM keys missing on a Mailbox server",
    Message = "web.config on {0} has no {1} (Exchange logs \"Instant Messaging {2} is set to null or empty on web.config\").",
    HelpUri = "https://technet.microsoft.com/library/ms.exch.scom.owa.protocol.dep(v=EXCHG.150)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step5"])]
internal sealed partial class LXA0303OwaWebConfigImKeysMissing : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
        [EvidenceRequirement.Records<OwaWebConfig>("no OWA web.config from a Mailbox server", OwaEvidence.WebConfigCommand)];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var topology = ExchangeTopology.Of(context.Deployment);
        if (!topology.OwaImConfigured)
        {
            // Keys are only missing where OWA IM is meant to work (a vdir set to Ocs, or keys on another server).
            return;
        }

        foreach (var server in topology.Mailbox2013Servers)
        {
            if (topology.WebConfigOf(server) is null)
            {
                context.ReportEvidenceMissing($"no OWA web.config from Mailbox server {server.Name}", OwaEvidence.WebConfigCommand, server.Source.Location, server.ObjectIdentity);
            }
        }

        foreach (var webConfig in topology.WebConfigs)
        {
            var server = webConfig.Server ?? "(unnamed server)";
            Check(context, webConfig, server, "IMServerName", "Server name", webConfig.IMServerName, webConfig.Locations.IMServerName, "<lync pool fqdn>");
            Check(context, webConfig, server, "IMCertificateThumbprint", "Certificate Thumbprint", webConfig.IMCertificateThumbprint, webConfig.Locations.IMCertificateThumbprint, "<certificate thumbprint>");

            foreach (var key in webConfig.DuplicateKeys.Where(k => k.StartsWith("IM", StringComparison.OrdinalIgnoreCase)))
            {
                context.Report(
                    webConfig.Source.Location,
                    webConfig.ObjectIdentity,
                    [],
                    severity: DiagnosticSeverity.Warning,
                    fix: $"Remove the second <add key=\"{key}\" .../> from <appSettings>, then {OwaEvidence.RecycleOwaPool}",
                    message: $"web.config on {server} lists '{key}' more than once; which value Exchange uses is undefined.");
            }
        }
    }

    private static void Check(RuleContext context, OwaWebConfig webConfig, string server, string key, string logName, string? value, DumpLocation location, string placeholder)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        context.Report(
            location.IsNone ? webConfig.Source.Location : location,
            webConfig.ObjectIdentity,
            [server, key, logName],
            fix: $"Add <add key=\"{key}\" value=\"{placeholder}\"/> under <appSettings> in ClientAccess\\Owa\\web.config on {server}, then {OwaEvidence.RecycleOwaPool}",
            properties: [new("expected", key + " set"), new("actual", location.IsNone ? "absent" : "empty")]);
    }
}
