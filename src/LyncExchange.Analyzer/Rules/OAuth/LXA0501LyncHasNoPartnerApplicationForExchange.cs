using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Rules.OAuth;

/// <summary>
/// Lync Server has no partner application for Exchange 2013 (a metadata URL ending in
/// <c>/autodiscover/metadata/json/1</c>), or none of them is enabled, while Lync users have Exchange 2013 mailboxes.
/// </summary>
[Rule("LXA0501", RuleCategory.OAuth, DiagnosticSeverity.Error,
    Title = "Lync has no partner application for Exchange",
    Message = "Lync has no (enabled) partner application for Exchange 2013; server-to-server authentication, UCS, archiving to Exchange and OWA online-meeting features will not work.",
    HelpUri = "https://technet.microsoft.com/library/jj688151(v=ocs.15)",
    Scenarios = "LyncServerOnly, Hybrid",
    Tags = ["KB2614242", "Step4"])]
internal sealed partial class LXA0501LyncHasNoPartnerApplicationForExchange : IntegrationRule
{
    private const string ExchangeMetadataPath = "/autodiscover/metadata/json/1";

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.Cmdlet("Get-CsPartnerApplication"),
        IntegrationFacts.ExchangeMailboxEvidence,
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var deployment = context.Deployment;
        if (!IntegrationFacts.LyncUsersHaveExchange2013Mailboxes(deployment, out var mailboxEvidence))
        {
            return;
        }

        var applications = deployment.All<CsPartnerApplication>().ToList();
        if (applications.Any(a => a.Source.IsTruncated("AuthToken") || a.Source.IsTruncated("MetadataUrl")))
        {
            // A cut metadata URL is not a missing one; LXA0901 reports the truncation.
            return;
        }

        var forExchange = applications.Where(IsExchangeMetadataApplication).ToList();
        var related = new List<RelatedLocation> { new(mailboxEvidence, "Lync users have Exchange 2013 mailboxes") };
        var domain = IntegrationFacts.AutodiscoverDomain(deployment);
        var create = $"New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl \"https://autodiscover.{domain}/autodiscover/metadata/json/1\"; Test-CsExStorageConnectivity -SipUri sip:{IntegrationFacts.SampleSipUser(deployment)}";

        if (forExchange.Count == 0)
        {
            var found = applications.Count == 0
                ? "none"
                : string.Join(", ", applications.Select(a => $"'{a.Identity}' ({a.EffectiveMetadataUrl ?? a.AuthToken ?? "no metadata URL"})"));
            context.ReportFinding(
                IntegrationFacts.CollectionLocation(deployment, "Get-CsPartnerApplication"),
                "CsPartnerApplication:(Exchange)",
                [],
                fix: create,
                related: related,
                message: context.Descriptor.MessageFormat + $" Partner applications in the dump: {found}.",
                properties: [new("expected", "a partner application with MetadataUrl https://<exchange autodiscover host>" + ExchangeMetadataPath + ", Enabled=True"), new("actual", found)]);
            return;
        }

        if (forExchange.All(a => a.Enabled == false))
        {
            var first = forExchange[0];
            related.AddRange(forExchange.Skip(1).Select(a => new RelatedLocation(a.Locations.Enabled, $"partner application '{a.Identity}' is disabled too")));
            context.ReportFinding(
                ScenarioDependence.At(first.Locations.Enabled, first.Source.Location),
                first.ObjectIdentity,
                [],
                fix: $"Set-CsPartnerApplication -Identity '{first.Identity}' -Enabled $true",
                related: related,
                message: context.Descriptor.MessageFormat + $" Partner application '{first.Identity}' ({first.EffectiveMetadataUrl}) has Enabled=False.",
                properties: [new("expected", "Enabled=True"), new("actual", "Enabled=False")]);
        }
    }

    internal static bool IsExchangeMetadataApplication(CsPartnerApplication application) =>
        application.EffectiveMetadataUrl is { } url
        && (IntegrationFacts.PathOf(url) ?? url).TrimEnd('/').EndsWith(ExchangeMetadataPath, StringComparison.OrdinalIgnoreCase);
}
