using LyncExchange.Analyzer.Deployment;

namespace LyncExchange.Analyzer.Rules.ExchangeOwa;

/// <summary>Facts several OWA rules share about whether Lync IM integration is otherwise in place.</summary>
internal static class IntegrationEvidence
{
    /// <summary>
    /// True when web.config IM keys or a trusted application pool exist. Until those records are modelled
    /// (web.config and Get-CsTrustedApplicationPool readers), a disabled vdir is not reported.
    /// </summary>
    public static bool OwaImIsOtherwiseConfigured(DeploymentModel deployment) =>
        deployment.Collections.Any(c => c.State == CollectionState.Collected
            && (c.Cmdlet.Equals("Get-CsTrustedApplicationPool", StringComparison.OrdinalIgnoreCase)
                || c.Cmdlet.Equals("Get-CsTrustedApplication", StringComparison.OrdinalIgnoreCase)));
}
