using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Deployment.Topology;

namespace LyncExchange.Analyzer.Rules.ExchangeOwa;

/// <summary>Facts several OWA rules share about whether Lync IM integration is otherwise in place.</summary>
internal static class IntegrationEvidence
{
    /// <summary>True when web.config IM keys or a Lync trusted application pool exist (RULES.md LXA0301, warning variant).</summary>
    public static bool OwaImIsOtherwiseConfigured(DeploymentModel deployment) =>
        ExchangeTopology.Of(deployment).WebConfigs.Any(w => !string.IsNullOrWhiteSpace(w.IMServerName))
        || LyncTopology.Of(deployment).TrustedApplicationPools.Length > 0;
}
