using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Deployment.Domains;
using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Deployment.Scenarios;

/// <summary>
/// RULES.md §C.1 S7/S8: where the external Lync records of the SIP domains point. Weak signals: the inference uses them
/// only when no server, user, provider or tenant evidence exists (§C.2 step 2), because LXA0101/LXA0103 judge the DNS.
/// A split record set says nothing (LXA0101).
/// </summary>
internal static class DnsScenarioSignals
{
    public static IEnumerable<ScenarioSignal> Collect(DeploymentModel deployment)
    {
        if (!deployment.All<ResourceRecord>().Any())
        {
            yield break;
        }

        var zones = deployment.GetIndex(static d => DnsZoneSet.Build(d.All<ResourceRecord>()));
        ScenarioSignal? online = null, onPrem = null;
        foreach (var domain in SipDomains.Of(deployment).Domains)
        {
            var records = zones.ExternalLyncRecords(domain.Name).PresentRecords.Where(r => r.Environment != DnsTargetEnvironment.Unknown).ToList();
            var environments = records.Select(r => r.Environment).Distinct().ToList();
            if (environments.Count != 1)
            {
                continue;
            }

            var first = records[0].Record;
            if (environments[0] == DnsTargetEnvironment.Online)
            {
                online ??= new(ScenarioSignalKind.DnsPointsOnline, $"external Lync DNS of {domain.Display} points to Lync Online ({$"{first.Owner.Display} ({first.TypeName})"} → {records[0].Classification.DecidingName.Display})", first.Location);
            }
            else
            {
                onPrem ??= new(ScenarioSignalKind.DnsPointsOnPrem, $"external Lync DNS of {domain.Display} points on-premises ({$"{first.Owner.Display} ({first.TypeName})"} → {records[0].Classification.DecidingName.Display})", first.Location);
            }
        }

        if (online is not null)
        {
            yield return online;
        }

        if (onPrem is not null)
        {
            yield return onPrem;
        }
    }
}
