using System.Collections.Immutable;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Deployment.Scenarios;

/// <summary>
/// RULES.md §C.2: the Lync dimension from the strong signals; DNS and OWA intent decide only when nothing
/// else does; an override from the configuration always wins and is echoed.
/// </summary>
public static class ScenarioInference
{
    public static ScenarioAssessment Infer(DeploymentModel deployment)
    {
        var signals = CollectSignals(deployment);
        if (deployment.ScenarioOverride is { } forced)
        {
            return new ScenarioAssessment(forced, signals, IsOverridden: true, Conflict: null);
        }

        bool Has(ScenarioSignalKind kind) => signals.Any(s => s.Kind == kind);
        var onPrem = Has(ScenarioSignalKind.OnPremLync);

        // KB 2614614: Lync Server with Exchange Online mailboxes needs the Office 365 OAuth server too, so S5 next to
        // Exchange Online mailboxes (S9) with no online-homed users, shared address space or tenant setting is not a hybrid.
        var oauthExplainedByExchangeOnline = Has(ScenarioSignalKind.Office365OAuth) && Has(ScenarioSignalKind.ExchangeOnlineMailboxes);
        var online = Has(ScenarioSignalKind.OnlineHomedUsers) || Has(ScenarioSignalKind.SharedAddressSpaceProvider)
            || (Has(ScenarioSignalKind.Office365OAuth) && !oauthExplainedByExchangeOnline) || Has(ScenarioSignalKind.TenantSharedSipAddressSpace);

        if (onPrem)
        {
            var conflict = Has(ScenarioSignalKind.DnsPointsOnline) && !online
                ? "DNS points to Lync Online but on-premises Lync servers and users exist (LXA0103 judges the DNS)"
                : null;
            return new ScenarioAssessment(online ? LyncScenario.Hybrid : LyncScenario.LyncServerOnly, signals, false, conflict);
        }

        var onlineDumps = deployment.All<CsTenantFederationConfiguration>().Any();
        if (Has(ScenarioSignalKind.OnlineHomedUsers) || onlineDumps)
        {
            // A shared-address-space provider is configured on an on-premises Lync, so its dumps exist somewhere. OWA set
            // to OCS is not such evidence: in Lync Online only it is exactly the defect LXA0308 reports.
            var conflict = Has(ScenarioSignalKind.SharedAddressSpaceProvider)
                ? "online-homed users and a shared-address-space hosting provider, but no on-premises Lync pool or site dumps; if Lync Server exists its dumps were not supplied"
                : null;
            return new ScenarioAssessment(LyncScenario.LyncOnlineOnly, signals, false, conflict);
        }

        if (Has(ScenarioSignalKind.DnsPointsOnline) && !Has(ScenarioSignalKind.OwaImIntent))
        {
            return new ScenarioAssessment(LyncScenario.LyncOnlineOnly, signals, false, "only DNS points to Lync Online (low confidence)");
        }

        if (Has(ScenarioSignalKind.OwaImIntent) || Has(ScenarioSignalKind.DnsPointsOnPrem))
        {
            // OWA set to OCS (or DNS at customer hosts) without Lync dumps: the customer intends on-premises Lync.
            return new ScenarioAssessment(LyncScenario.LyncServerOnly, signals, false, null);
        }

        return new ScenarioAssessment(LyncScenario.Unknown, signals, false, null);
    }

    private static ImmutableArray<ScenarioSignal> CollectSignals(DeploymentModel deployment)
    {
        var signals = ImmutableArray.CreateBuilder<ScenarioSignal>();

        var registrar = deployment.All<CsPool>().FirstOrDefault(p => p.HasService("Registrar") || p.HasService("UserServer"));
        if (registrar is not null)
        {
            signals.Add(new(ScenarioSignalKind.OnPremLync, $"Lync pool '{registrar.PoolFqdn}' runs Registrar/UserServices", registrar.Source.Location));
        }
        else if (deployment.All<CsSite>().FirstOrDefault() is { } site)
        {
            signals.Add(new(ScenarioSignalKind.OnPremLync, $"Lync site '{site.Identity}'", site.Source.Location));
        }
        else if (deployment.All<CsTrustedApplicationPool>().FirstOrDefault() is { } pool)
        {
            signals.Add(new(ScenarioSignalKind.OnPremLync, $"trusted application pool '{pool.Fqdn}'", pool.Source.Location));
        }
        else if (deployment.All<CsUser>().FirstOrDefault(u => !string.IsNullOrWhiteSpace(u.RegistrarPool)) is { } homed)
        {
            signals.Add(new(ScenarioSignalKind.OnPremLync, $"user homed on pool '{homed.RegistrarPool}'", homed.Locations.RegistrarPool));
        }

        foreach (var provider in deployment.ContributedSignals)
        {
            signals.Add(provider);
        }

        AddUserHomes(deployment, signals);
        signals.AddRange(DnsScenarioSignals.Collect(deployment));

        var sharedProvider = deployment.All<CsHostingProvider>().FirstOrDefault(p =>
            string.Equals(p.ProxyFqdn?.Trim(), "sipfed.online.lync.com", StringComparison.OrdinalIgnoreCase) && p.EnabledSharedAddressSpace == true);
        if (sharedProvider is not null)
        {
            signals.Add(new(ScenarioSignalKind.SharedAddressSpaceProvider, $"hosting provider '{sharedProvider.Identity}' shares the SIP address space with Lync Online", sharedProvider.Locations.ProxyFqdn));
        }

        var sts = deployment.All<CsOAuthServer>().FirstOrDefault(s =>
            string.Equals(s.Identity?.Trim(), "microsoft.sts", StringComparison.OrdinalIgnoreCase)
            || (s.MetadataUrl?.Contains("accounts.accesscontrol.windows.net", StringComparison.OrdinalIgnoreCase) ?? false));
        var oauthApp = deployment.All<CsPartnerApplication>().FirstOrDefault(p => p.UsesOAuthServer);
        if (sts is not null)
        {
            signals.Add(new(ScenarioSignalKind.Office365OAuth, $"OAuth server '{sts.Identity}' (Office 365)", sts.Source.Location));
        }
        else if (oauthApp is not null)
        {
            signals.Add(new(ScenarioSignalKind.Office365OAuth, $"partner application '{oauthApp.Identity}' uses the OAuth server", oauthApp.Locations.AuthToken));
        }

        if (deployment.All<CsTenantFederationConfiguration>().FirstOrDefault(t => t.SharedSipAddressSpace == true) is { } tenant)
        {
            signals.Add(new(ScenarioSignalKind.TenantSharedSipAddressSpace, "tenant SharedSipAddressSpace=True", tenant.Locations.SharedSipAddressSpace));
        }

        var remote = deployment.All<Mailbox>().FirstOrDefault(m => m.RecipientTypeDetails?.Contains("Remote", StringComparison.OrdinalIgnoreCase) == true);
        var exap = deployment.All<CsHostingProvider>().FirstOrDefault(p => p.ProxyFqdn?.Trim().StartsWith("exap.um.", StringComparison.OrdinalIgnoreCase) == true);
        if (remote is not null)
        {
            signals.Add(new(ScenarioSignalKind.ExchangeOnlineMailboxes, $"mailbox '{remote.Identity}' is {remote.RecipientTypeDetails}", remote.Locations.RecipientTypeDetails));
        }
        else if (exap is not null)
        {
            signals.Add(new(ScenarioSignalKind.ExchangeOnlineMailboxes, $"Exchange Online hosting provider '{exap.Identity}'", exap.Locations.ProxyFqdn));
        }

        var owa = deployment.All<OwaVirtualDirectory>().FirstOrDefault(v => v.InstantMessagingType == InstantMessagingType.Ocs);
        if (owa is not null)
        {
            signals.Add(new(ScenarioSignalKind.OwaImIntent, $"OWA virtual directory '{owa.Identity}' has InstantMessagingType=Ocs", owa.Locations.InstantMessagingType));
        }
        else if (deployment.All<OwaWebConfig>().FirstOrDefault(w => !string.IsNullOrWhiteSpace(w.IMServerName)) is { } webConfig)
        {
            signals.Add(new(ScenarioSignalKind.OwaImIntent, $"OWA web.config on {webConfig.Server} names IMServerName '{webConfig.IMServerName}'", webConfig.Locations.IMServerName));
        }

        return [.. signals.GroupBy(s => s.Kind).Select(g => g.First()).OrderBy(s => s.Kind)];
    }

    private static void AddUserHomes(DeploymentModel deployment, ImmutableArray<ScenarioSignal>.Builder signals)
    {
        DumpLocation online = DumpLocation.None, onPrem = DumpLocation.None, homeServer = DumpLocation.None;
        int onlineCount = 0, onPremCount = 0;
        string? pool = null;

        // LDIF users count once each even when Get-CsUser shows them too: they are the same people by DN.
        var counted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in deployment.All<Model.Directory.DirectoryObject>().Where(o => o.IsPerson))
        {
            counted.Add(user.DistinguishedName.Text);
            switch (user.Home)
            {
                case Model.Directory.UserHome.Online:
                    onlineCount++;
                    online = online.IsNone ? user.Source.Location : online;
                    break;
                case Model.Directory.UserHome.OnPremises:
                    onPremCount++;
                    onPrem = onPrem.IsNone ? user.Source.Location : onPrem;
                    break;
            }

            // msRTCSIP-PrimaryHomeServer under CN=Pools,CN=RTC Service names an on-premises pool (S1) [pk].
            if (pool is null && user.PrimaryHomeServer is { } home && home.Text.Contains("CN=Pools,CN=RTC Service", StringComparison.OrdinalIgnoreCase))
            {
                pool = home.Text;
                homeServer = user.Source.Location;
            }
        }

        if (pool is not null && !signals.Any(s => s.Kind == ScenarioSignalKind.OnPremLync))
        {
            signals.Add(new(ScenarioSignalKind.OnPremLync, $"users homed on an on-premises pool (msRTCSIP-PrimaryHomeServer {pool})", homeServer));
        }

        foreach (var user in deployment.All<CsUser>())
        {
            if (user.Identity is { } identity && counted.Contains(identity))
            {
                continue;
            }

            var provider = user.HostingProvider?.Trim();
            if (string.Equals(provider, "sipfed.online.lync.com", StringComparison.OrdinalIgnoreCase))
            {
                onlineCount++;
                online = online.IsNone ? user.Locations.HostingProvider : online;
            }
            else if (string.Equals(provider, "SRV:", StringComparison.OrdinalIgnoreCase))
            {
                onPremCount++;
                onPrem = onPrem.IsNone ? user.Locations.HostingProvider : onPrem;
            }
        }

        if (onlineCount > 0)
        {
            signals.Add(new(ScenarioSignalKind.OnlineHomedUsers, $"{onlineCount} user(s) homed in Lync Online (HostingProvider sipfed.online.lync.com)", online));
        }

        if (onPremCount > 0)
        {
            signals.Add(new(ScenarioSignalKind.OnPremHomedUsers, $"{onPremCount} user(s) homed on-premises (HostingProvider SRV:)", onPrem));
        }
    }
}
