using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Model.Lync;

namespace LyncExchange.Analyzer.Rules.Hybrid;

/// <summary>
/// Lync policy precedence for one user: the per-user (tag) policy the user names, else the policy of the site of
/// the user's registrar pool, else Global. Null when the dump does not contain the policy that applies.
/// </summary>
internal static class EffectivePolicies
{
    public static CsExternalAccessPolicy? ExternalAccess(DeploymentModel deployment, CsUser user) =>
        Resolve(deployment, user, user.ExternalAccessPolicy, deployment.All<CsExternalAccessPolicy>().ToList(), p => p.Identity, p => p.PolicyName);

    public static CsUserServicesPolicy? UserServices(DeploymentModel deployment, CsUser user) =>
        Resolve(deployment, user, user.UserServicesPolicy, deployment.All<CsUserServicesPolicy>().ToList(), p => p.Identity, p => p.PolicyName);

    private static T? Resolve<T>(DeploymentModel deployment, CsUser user, string? assigned, List<T> policies, Func<T, string?> identity, Func<T, string?> name)
        where T : class
    {
        if (!string.IsNullOrWhiteSpace(assigned))
        {
            var wanted = assigned.Trim().StartsWith("Tag:", StringComparison.OrdinalIgnoreCase) ? assigned.Trim()[4..] : assigned.Trim();
            return policies.FirstOrDefault(p => string.Equals(name(p)?.Trim(), wanted, StringComparison.OrdinalIgnoreCase));
        }

        if (SiteOf(deployment, user) is { } site)
        {
            var sitePolicy = policies.FirstOrDefault(p => identity(p)?.Trim() is { } id
                && id.StartsWith("Site:", StringComparison.OrdinalIgnoreCase)
                && string.Equals(id[5..], site, StringComparison.OrdinalIgnoreCase));
            if (sitePolicy is not null)
            {
                return sitePolicy;
            }
        }

        return policies.FirstOrDefault(p => string.Equals(identity(p)?.Trim(), "Global", StringComparison.OrdinalIgnoreCase));
    }

    private static string? SiteOf(DeploymentModel deployment, CsUser user)
    {
        if (string.IsNullOrWhiteSpace(user.RegistrarPool))
        {
            return null;
        }

        var pool = deployment.All<CsPool>().FirstOrDefault(p => LyncIdentity.FqdnEquals(p.PoolFqdn, user.RegistrarPool));
        var site = pool?.Site?.Trim();
        return string.IsNullOrEmpty(site) ? null : site.StartsWith("Site:", StringComparison.OrdinalIgnoreCase) ? site[5..] : site;
    }
}
