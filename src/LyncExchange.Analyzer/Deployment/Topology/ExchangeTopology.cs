using System.Collections.Immutable;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Deployment.Topology;

/// <summary>
/// The Exchange side as the integration rules see it: the Exchange 2013 Mailbox servers, and per server its OWA
/// web.config, IM registry key and certificates. Built once per deployment.
/// </summary>
public sealed class ExchangeTopology
{
    private ExchangeTopology(DeploymentModel deployment)
    {
        Servers = [.. deployment.All<ExchangeServer>()];
        Mailbox2013Servers = [.. Servers.Where(s => s.HasRole("Mailbox") && s.IsExchange2013)];
        WebConfigs = [.. deployment.All<OwaWebConfig>().Where(w => !string.Equals(w.Role, "FrontEnd", StringComparison.OrdinalIgnoreCase))];
        Certificates = [.. deployment.All<ExchangeCertificate>()];
        ImRegistryKeys = [.. deployment.All<OwaImRegistry>().Where(r => r.IsOwaInstantMessagingKey)];
        FrontEndVirtualDirectories = [.. deployment.All<OwaVirtualDirectory>().Where(v => !v.IsBackEnd)];
    }

    public ImmutableArray<ExchangeServer> Servers { get; }

    public ImmutableArray<ExchangeServer> Mailbox2013Servers { get; }

    /// <summary>Back-end OWA web.config files (ClientAccess\Owa), or files whose role the path does not tell.</summary>
    public ImmutableArray<OwaWebConfig> WebConfigs { get; }

    public ImmutableArray<ExchangeCertificate> Certificates { get; }

    public ImmutableArray<OwaImRegistry> ImRegistryKeys { get; }

    public ImmutableArray<OwaVirtualDirectory> FrontEndVirtualDirectories { get; }

    public static ExchangeTopology Of(DeploymentModel deployment) => deployment.GetIndex(static d => new ExchangeTopology(d));

    /// <summary>True when the dumps show OWA IM switched on for Lync: a vdir with IM enabled and type Ocs, or web.config IM keys.</summary>
    public bool OwaImConfigured =>
        FrontEndVirtualDirectories.Any(v => v.InstantMessagingEnabled == true && v.InstantMessagingType == InstantMessagingType.Ocs)
        || WebConfigs.Any(w => !string.IsNullOrWhiteSpace(w.IMServerName) || !string.IsNullOrWhiteSpace(w.IMCertificateThumbprint));

    public bool IsSameServer(string? serverName, ExchangeServer server) =>
        serverName is not null
        && (HostName.AreEqual(serverName, server.Name) || HostName.AreEqual(serverName, server.Fqdn)
            || HostName.AreEqual(HostName.ShortName(serverName), server.Name));

    public OwaWebConfig? WebConfigOf(ExchangeServer server) =>
        WebConfigs.FirstOrDefault(w => IsSameServer(w.Server, server))
        ?? (WebConfigs.Length == 1 && Mailbox2013Servers.Length <= 1 && WebConfigs[0].Server is null ? WebConfigs[0] : null);

    /// <summary>
    /// The certificates collected from a server. A certificate dump that names no server (a single
    /// <c>Get-ExchangeCertificate</c> file) is taken to hold every server's certificates.
    /// </summary>
    public IEnumerable<ExchangeCertificate> CertificatesOf(string? serverName) =>
        Certificates.Where(c => c.Server is null || serverName is null || HostName.AreEqual(HostName.ShortName(c.Server), HostName.ShortName(serverName)));

    public ExchangeServer? ServerNamed(string? name) =>
        name is null ? null : Servers.FirstOrDefault(s => IsSameServer(name, s));

    /// <summary>The server a per-server file belongs to when no Get-ExchangeServer dump exists: its own attribution.</summary>
    public IEnumerable<string> ServerNamesWithWebConfig =>
        WebConfigs.Select(w => w.Server ?? "(unnamed server)").Distinct(StringComparer.OrdinalIgnoreCase);
}
