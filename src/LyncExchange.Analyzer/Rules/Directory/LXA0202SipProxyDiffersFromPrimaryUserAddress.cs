using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Rules.OAuth;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>
/// The SIP proxy address Exchange uses differs from the user's Lync SIP URI, so OWA signs in to Lync as someone else.
/// Decision 2: any <c>sip:</c> prefix case is a SIP proxy; with several, the uppercase <c>SIP:</c> one is compared; a
/// case-only difference is info. Several lowercase entries of which one matches are ambiguous (warning).
/// </summary>
[Rule("LXA0202", RuleCategory.Directory, DiagnosticSeverity.Error,
    Title = "SIP proxy address differs from msRTCSIP-PrimaryUserAddress",
    Message = "User '{0}': proxyAddresses has {1} but {2} is '{3}'; OWA will sign in to Lync with the wrong SIP URI.",
    HelpUri = "https://support.microsoft.com/help/2614242",
    Tags = ["KB2614242", "Step2"])]
internal sealed partial class LXA0202SipProxyDiffersFromPrimaryUserAddress : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [EvidenceRequirement.DirectoryUsers];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        foreach (var user in UsersIndex.Of(context.Deployment).Users)
        {
            if (user.SipUri.Effective is not { } sip || user.ProxyAddresses is not { } proxies)
            {
                continue;
            }

            if (MatchesWithoutLocations(proxies, sip.Value))
            {
                continue;
            }

            var sips = proxies.SipProxies.Where(p => p.Address.Sip is not null).ToList();
            if (sips.Count == 0)
            {
                // No SIP proxy is LXA0201's finding; a malformed one is LXA0203's.
                continue;
            }

            var wanted = sip.Value;
            (ProxyAddress Address, DumpLocation Location)? compared = proxies.PrimarySip is { Address.Sip: not null } primary ? primary : sips.Count == 1 ? sips[0] : null;
            DiagnosticSeverity? severity;
            string? note = null;
            (ProxyAddress Address, DumpLocation Location) reported;
            if (compared is { } one)
            {
                if (Same(one.Address.Sip!, wanted))
                {
                    continue;
                }

                if (proxies.IsTruncated && sips.Any(p => Same(p.Address.Sip!, wanted)))
                {
                    continue;
                }

                reported = one;
                severity = one.Address.Sip!.EqualsIgnoringUserCase(wanted) ? DiagnosticSeverity.Info : null;
                if (severity is not null)
                {
                    note = " They differ only in the case of the user part; RFC 3261 compares it case-sensitively, Exchange and Lync usually do not.";
                }
            }
            else
            {
                // Several lowercase sip: entries and no primary SIP: one: which one OWA uses is not defined [pk].
                var match = sips.FirstOrDefault(p => Same(p.Address.Sip!, wanted));
                var caseOnly = sips.FirstOrDefault(p => p.Address.Sip!.EqualsIgnoringUserCase(wanted));
                if (match.Address is not null)
                {
                    reported = sips.First(p => !Same(p.Address.Sip!, wanted));
                    severity = DiagnosticSeverity.Warning;
                    note = $" One of them ('{match.Address.Text}') matches, but none is the primary SIP: entry, so which one OWA uses is not defined.";
                }
                else if (proxies.IsTruncated)
                {
                    // The matching entry may be among the ones the formatter cut (LXA0901).
                    continue;
                }
                else if (caseOnly.Address is not null)
                {
                    reported = caseOnly;
                    severity = DiagnosticSeverity.Info;
                    note = " They differ only in the case of the user part.";
                }
                else
                {
                    reported = sips[0];
                    severity = null;
                }
            }

            var shown = string.Join(", ", sips.Select(p => "'" + p.Address.Text + "'"));
            var message = context.Descriptor.FormatMessage(user.Name, shown, sip.Describe(), wanted.Normalized) + (note ?? string.Empty);
            var proxyUser = reported.Address.Sip!.UserAtHost;
            var fix = $"{DirectoryUsers.SetMailboxCmdlet(user)} '{user.Name}' -EmailAddresses @{{Remove='{reported.Address.Text}';Add='sip:{wanted.UserAtHost}'}}   # or, if the proxy is right: Set-CsUser '{user.Name}' -SipAddress 'sip:{proxyUser}'";
            context.ReportFinding(
                reported.Location,
                user.ObjectIdentity,
                [user.Name, shown, sip.Describe(), wanted.Normalized],
                fix: fix,
                severity: severity,
                related: DirectoryUsers.Related(DirectoryUsers.Related(sip, $"{sip.Describe()} '{wanted.Normalized}'")),
                properties: [new("expected", "sip:" + wanted.UserAtHost), new("actual", reported.Address.Text)],
                message: message);
        }
    }

    /// <summary>
    /// The common case decided on the addresses alone, before any location is decoded or list built: no SIP proxy
    /// (LXA0201's or LXA0203's finding), or the compared one (the primary <c>SIP:</c>, else the only one) matches.
    /// </summary>
    private static bool MatchesWithoutLocations(ProxyAddressList proxies, SipUri wanted)
    {
        SipUri? primary = null;
        SipUri? only = null;
        var count = 0;
        var primarySeen = false;
        foreach (var address in proxies.Addresses)
        {
            if (address.Type != ProxyAddressType.Sip)
            {
                continue;
            }

            if (address.IsPrimary && !primarySeen)
            {
                primarySeen = true;
                primary = address.Sip;
            }

            if (address.Sip is { } parsed)
            {
                only = parsed;
                count++;
            }
        }

        var compared = primary ?? (count == 1 ? only : null);
        return count == 0 || (compared is not null && Same(compared, wanted));
    }

    private static bool Same(SipUri proxy, SipUri wanted) => proxy.Equals(wanted) || (proxy.User == wanted.User && string.Equals(proxy.Host, wanted.Host, StringComparison.OrdinalIgnoreCase));
}
