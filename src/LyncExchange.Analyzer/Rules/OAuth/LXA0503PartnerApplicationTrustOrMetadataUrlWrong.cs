using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Rules.OAuth;

/// <summary>
/// A partner application that exists but cannot work as configured: Lync's Exchange application is not trusted
/// fully, or a metadata URL is not https, has the wrong path, or names a host that is neither an Exchange
/// autodiscover host nor a Lync pool.
/// </summary>
[Rule("LXA0503", RuleCategory.OAuth, DiagnosticSeverity.Warning,
    Title = "Partner application trust level or metadata URL wrong",
    Message = "Partner application '{0}': {1}.",
    HelpUri = "https://technet.microsoft.com/library/jj688151(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step4"])]
internal sealed partial class LXA0503PartnerApplicationTrustOrMetadataUrlWrong : IntegrationRule
{
    private const string ExchangeMetadataPath = "/autodiscover/metadata/json/1";

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        new EvidenceRequirement(
            "no Get-CsPartnerApplication or Get-PartnerApplication output",
            "Get-CsPartnerApplication | Export-Clixml Get-CsPartnerApplication.xml (Lync Server Management Shell); Get-PartnerApplication | Export-Clixml Get-PartnerApplication.xml (Exchange Management Shell)",
            d => d.StateOf("Get-CsPartnerApplication") is Deployment.CollectionState.Collected or Deployment.CollectionState.CollectedEmpty
                || d.StateOf("Get-PartnerApplication") is Deployment.CollectionState.Collected or Deployment.CollectionState.CollectedEmpty),
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        foreach (var application in deployment.All<CsPartnerApplication>())
        {
            CheckLyncSide(context, deployment, application);
        }

        foreach (var application in deployment.All<PartnerApplication>())
        {
            CheckExchangeSide(context, deployment, application);
        }
    }

    private static void CheckLyncSide(RuleContext context, DeploymentModel deployment, CsPartnerApplication application)
    {
        var id = application.Identity ?? application.Name ?? "?";
        var url = application.EffectiveMetadataUrl;
        var isExchange = IsExchangeApplication(application);
        if (!isExchange)
        {
            // SharePoint and other partners are outside KB 2614242; their trust level is theirs to choose.
            return;
        }

        var trust = application.ApplicationTrustLevel?.Trim();
        if (!string.IsNullOrEmpty(trust) && !trust.Equals("Full", StringComparison.OrdinalIgnoreCase))
        {
            context.ReportFinding(
                application.Locations.ApplicationTrustLevel,
                application.ObjectIdentity,
                [id, $"ApplicationTrustLevel is {trust}, expected Full (JJ688151: Full lets Exchange act for itself and for users)"],
                fix: $"Set-CsPartnerApplication -Identity '{id}' -ApplicationTrustLevel Full",
                properties: [new("expected", "ApplicationTrustLevel=Full"), new("actual", "ApplicationTrustLevel=" + trust)]);
        }

        if (url is null || application.UsesOAuthServer || application.Source.IsTruncated("AuthToken") || application.Source.IsTruncated("MetadataUrl"))
        {
            return;
        }

        var location = application.Locations.MetadataUrl.IsNone ? application.Locations.AuthToken : application.Locations.MetadataUrl;
        var recreate = $"Remove-CsPartnerApplication -Identity '{id}'; New-CsPartnerApplication -Identity '{id}' -ApplicationTrustLevel Full -MetadataUrl \"https://autodiscover.{IntegrationFacts.AutodiscoverDomain(deployment)}{ExchangeMetadataPath}\"";
        foreach (var detail in UrlProblems(url, ExchangeMetadataPath, IntegrationFacts.ExchangeHostsKnown(deployment) ? IntegrationFacts.ExchangeHosts(deployment) : null, "an Exchange autodiscover host"))
        {
            context.ReportFinding(location, application.ObjectIdentity, [id, detail], fix: recreate, properties: [new("expected", $"https://<exchange autodiscover host>{ExchangeMetadataPath}"), new("actual", url)]);
        }
    }

    private static void CheckExchangeSide(RuleContext context, DeploymentModel deployment, PartnerApplication application)
    {
        // §E.8: applications that use the auth server (Exchange Online, SfB Online 00000004-…) have no metadata URL to judge.
        if (application.UseAuthServer == true || application.AuthMetadataUrl is null || application.Source.IsTruncated("AuthMetadataUrl") || !LooksLikeLync(application, deployment))
        {
            return;
        }

        var name = application.Name ?? application.Identity ?? "?";
        var pools = IntegrationFacts.LyncPoolFqdns(deployment);
        var url = application.AuthMetadataUrl.ToString();
        var target = pools.Count > 0 ? pools[0] : "<lync pool fqdn>";
        var fix = $"Set-PartnerApplication -Identity '{name}' -AuthMetadataUrl \"https://{target}/metadata/json/1\"; Set-PartnerApplication -Identity '{name}' -RefreshAuthMetadata";
        var knownPools = pools.Count > 0 ? new HashSet<string>(pools, StringComparer.OrdinalIgnoreCase) : null;
        foreach (var detail in UrlProblems(url, LXA0502ExchangeHasNoPartnerApplicationForLync.LyncMetadataPath, knownPools, "a Lync pool FQDN"))
        {
            context.ReportFinding(application.Locations.AuthMetadataUrl, application.ObjectIdentity, [name, detail], fix: fix, properties: [new("expected", "https://<lync pool fqdn>/metadata/json/1"), new("actual", url)]);
        }
    }

    private static IEnumerable<string> UrlProblems(string url, string expectedPath, HashSet<string>? knownHosts, string hostKind)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            yield return $"metadata URL '{url}' is not an absolute URL";
            yield break;
        }

        if (!uri.Scheme.Equals(Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"metadata URL '{url}' uses {uri.Scheme}, expected https";
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        if (!path.Equals(expectedPath, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"metadata URL '{url}' has path '{uri.AbsolutePath}', expected '{expectedPath}'";
        }

        if (knownHosts is not null && !knownHosts.Contains(uri.Host.TrimEnd('.')))
        {
            yield return $"metadata URL host '{uri.Host}' is not {hostKind} the dumps know ({string.Join(", ", knownHosts.Order(StringComparer.OrdinalIgnoreCase))})";
        }
    }

    /// <summary>Lync's partner application for Exchange: named so, Exchange's application id, or an autodiscover metadata URL.</summary>
    private static bool IsExchangeApplication(CsPartnerApplication application) =>
        (application.Identity?.Contains("exchange", StringComparison.OrdinalIgnoreCase) ?? false)
        || (application.Name?.Contains("exchange", StringComparison.OrdinalIgnoreCase) ?? false)
        || string.Equals(application.ApplicationIdentifier?.Trim(), IntegrationFacts.ExchangeApplicationId, StringComparison.OrdinalIgnoreCase)
        || (application.EffectiveMetadataUrl?.Contains("/autodiscover/", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>Exchange's partner application for Lync on-premises: a pool host, Lync's id, or the script's LyncEnterprise- name ([3rd], a hint only).</summary>
    private static bool LooksLikeLync(PartnerApplication application, DeploymentModel deployment) =>
        IntegrationFacts.LyncPoolFqdns(deployment).Any(p => LyncIdentity.FqdnEquals(p, application.AuthMetadataUrl?.Host))
        || string.Equals(application.ApplicationIdentifier?.Trim(), IntegrationFacts.LyncApplicationId, StringComparison.OrdinalIgnoreCase)
        || (application.Name?.StartsWith("LyncEnterprise", StringComparison.OrdinalIgnoreCase) ?? false);
}
