using System.Collections.Immutable;
using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Deployment.Topology;

/// <summary>The Lync side the OWA integration depends on: registrar pools, trusted application pools, their computers and applications.</summary>
public sealed class LyncTopology
{
    private LyncTopology(DeploymentModel deployment)
    {
        Pools = [.. deployment.All<CsPool>()];
        TrustedApplicationPools = [.. deployment.All<CsTrustedApplicationPool>()];
        TrustedApplicationComputers = [.. deployment.All<CsTrustedApplicationComputer>()];
        TrustedApplications = [.. deployment.All<CsTrustedApplication>()];
    }

    public ImmutableArray<CsPool> Pools { get; }

    public ImmutableArray<CsTrustedApplicationPool> TrustedApplicationPools { get; }

    public ImmutableArray<CsTrustedApplicationComputer> TrustedApplicationComputers { get; }

    public ImmutableArray<CsTrustedApplication> TrustedApplications { get; }

    public static LyncTopology Of(DeploymentModel deployment) => deployment.GetIndex(static d => new LyncTopology(d));

    public IEnumerable<CsPool> RegistrarPools => Pools.Where(p => p.HasService("Registrar"));

    /// <summary>The FQDNs of the computers of a trusted application pool: its computer objects, its Computers list, or the pool FQDN itself (single-computer pools).</summary>
    public IEnumerable<string> ComputersOf(CsTrustedApplicationPool pool)
    {
        var fqdn = pool.Fqdn;
        var computers = TrustedApplicationComputers
            .Where(c => LyncIdentity.FqdnEquals(LyncIdentity.StripServicePrefix(c.Pool), fqdn))
            .Select(c => c.Fqdn ?? c.Identity)
            .Concat(pool.Computers)
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => c!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (computers.Count == 0 && fqdn is not null)
        {
            computers.Add(fqdn);
        }

        return computers;
    }

    public IEnumerable<CsTrustedApplication> ApplicationsOf(CsTrustedApplicationPool pool) =>
        TrustedApplications.Where(a => LyncIdentity.FqdnEquals(a.TrustedApplicationPoolFqdn ?? PoolPart(a.Identity), pool.Fqdn));

    /// <summary>The trusted application pools that contain a computer of this FQDN.</summary>
    public IEnumerable<CsTrustedApplicationPool> PoolsContaining(string fqdn) =>
        TrustedApplicationPools.Where(p => ComputersOf(p).Any(c => HostName.AreEqual(c, fqdn)));

    private static string? PoolPart(string? identity) =>
        identity is { } id && id.IndexOf('/') is > 0 and var slash ? id[..slash] : null;
}
