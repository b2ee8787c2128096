using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Rules.OAuth;

/// <summary>
/// Exchange has no partner application whose metadata URL is a Lync pool's <c>/metadata/json/1</c>, or the one it
/// has is disabled or has no linked account, so Exchange refuses Lync's server-to-server tokens.
/// </summary>
[Rule("LXA0502", RuleCategory.OAuth, DiagnosticSeverity.Error,
    Title = "Exchange has no (enabled) partner application for Lync",
    Message = "Exchange has no enabled partner application for Lync pool(s) {0}.",
    HelpUri = "https://technet.microsoft.com/library/jj688151(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step4"])]
internal sealed partial class LXA0502ExchangeHasNoPartnerApplicationForLync : IntegrationRule
{
    internal const string LyncMetadataPath = "/metadata/json/1";

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.Cmdlet("Get-PartnerApplication"),
        EvidenceRequirement.Cmdlet("Get-CsPool", "Get-CsPool | Export-Clixml Get-CsPool.xml"),
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        var pools = IntegrationFacts.LyncPoolFqdns(deployment);
        if (pools.Count == 0)
        {
            return;
        }

        var applications = deployment.All<PartnerApplication>().ToList();
        if (applications.Any(a => a.Source.IsTruncated("AuthMetadataUrl")))
        {
            return;
        }

        var poolList = string.Join(", ", pools);
        var fix = $"& \"$exscripts\\Configure-EnterprisePartnerApplication.ps1\" -AuthMetadataUrl \"https://{pools[0]}/metadata/json/1\" -ApplicationType Lync; iisreset";
        var forLync = applications.Where(a => IsForLyncPool(a, pools)).ToList();
        if (forLync.Count == 0)
        {
            var found = applications.Count == 0
                ? "none"
                : string.Join(", ", applications.Select(a => $"'{a.Name ?? a.Identity}' ({a.AuthMetadataUrl?.ToString() ?? (a.UseAuthServer == true ? "uses the auth server" : "no metadata URL")})"));
            context.ReportFinding(
                IntegrationFacts.CollectionLocation(deployment, "Get-PartnerApplication"),
                "PartnerApplication:(Lync)",
                [poolList],
                fix: fix,
                related: deployment.All<CsPool>().Take(1).Select(p => new RelatedLocation(p.Source.Location, $"Lync pool '{p.PoolFqdn}'")),
                message: context.Descriptor.FormatMessage(poolList) + $" Partner applications in the dump: {found}.",
                properties: [new("expected", $"AuthMetadataUrl https://<pool>{LyncMetadataPath}, Enabled=True, LinkedAccount set"), new("actual", found)]);
            return;
        }

        if (forLync.Any(a => a.Enabled != false && !string.IsNullOrWhiteSpace(a.LinkedAccount)))
        {
            return;
        }

        foreach (var application in forLync)
        {
            var name = application.Name ?? application.Identity ?? "?";
            if (application.Enabled == false)
            {
                context.ReportFinding(
                    ScenarioDependence.At(application.Locations.Enabled, application.Source.Location),
                    application.ObjectIdentity,
                    [poolList],
                    fix: $"Set-PartnerApplication -Identity '{name}' -Enabled $true; iisreset",
                    message: context.Descriptor.FormatMessage(poolList) + $" Partner application '{name}' ({application.AuthMetadataUrl}) has Enabled=False.",
                    properties: [new("expected", "Enabled=True"), new("actual", "Enabled=False")]);
            }
            else if (string.IsNullOrWhiteSpace(application.LinkedAccount) && application.Source.IsPresent("LinkedAccount"))
            {
                context.ReportFinding(
                    ScenarioDependence.At(application.Locations.LinkedAccount, application.Source.Location),
                    application.ObjectIdentity,
                    [poolList],
                    fix: fix,
                    message: context.Descriptor.FormatMessage(poolList) + $" Partner application '{name}' ({application.AuthMetadataUrl}) has no LinkedAccount; Exchange cannot map Lync's tokens to an account (Configure-EnterprisePartnerApplication.ps1 creates LyncEnterprise-ApplicationAccount).",
                    properties: [new("expected", "LinkedAccount=<domain>/Users/LyncEnterprise-ApplicationAccount"), new("actual", "LinkedAccount=(empty)")]);
            }
        }
    }

    internal static bool IsForLyncPool(PartnerApplication application, IReadOnlyList<string> pools) =>
        application.AuthMetadataUrl is { IsAbsoluteUri: true } url
        && pools.Any(p => LyncIdentity.FqdnEquals(p, url.Host))
        && url.AbsolutePath.TrimEnd('/').EndsWith(LyncMetadataPath, StringComparison.OrdinalIgnoreCase);
}
