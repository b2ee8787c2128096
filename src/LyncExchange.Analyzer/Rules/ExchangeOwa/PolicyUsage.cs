using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Rules.ExchangeOwa;

/// <summary>Which OWA mailbox policies actually govern mailboxes.</summary>
internal static class PolicyUsage
{
    /// <summary>Names of policies that <c>Get-CASMailbox</c> shows assigned to at least one OWA-enabled mailbox.</summary>
    public static IReadOnlySet<string> PoliciesInEffect(DeploymentModel deployment) =>
        deployment.All<CasMailbox>()
            .Where(m => m.OWAEnabled != false && !string.IsNullOrWhiteSpace(m.OwaMailboxPolicy))
            .Select(m => m.OwaMailboxPolicy!.Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
