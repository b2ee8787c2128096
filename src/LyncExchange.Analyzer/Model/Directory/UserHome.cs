namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>Where Lync homes a user: RULES.md §B.0 UserHome(u), from <c>msRTCSIP-DeploymentLocator</c>.</summary>
public enum UserHome
{
    /// <summary>No deployment locator.</summary>
    NotSet,

    /// <summary><c>SRV:</c>: the pool is found through DNS SRV, i.e. on-premises.</summary>
    OnPremises,

    /// <summary><c>sipfed.online.lync.com</c>: homed in Lync Online.</summary>
    Online,

    /// <summary>Any other locator (a hosting provider's FQDN).</summary>
    Other,
}
