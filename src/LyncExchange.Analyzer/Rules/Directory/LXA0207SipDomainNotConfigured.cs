using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Rules.OAuth;

namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>
/// A Lync-enabled on-premises user whose SIP domain is not a <c>Get-CsSipDomain</c> domain cannot sign in [pk rationale].
/// The online half (a synced SIP domain that is not a verified Office 365 domain) needs the tenant's domain list,
/// which the dump set model does not carry yet: it is reported as evidence missing, never as a pass.
/// </summary>
[Rule("LXA0207", RuleCategory.Directory, DiagnosticSeverity.Error,
    Title = "SIP domain not configured (on-prem) or not verified (tenant)",
    Message = "SIP domain '{0}' of '{1}' is not a Lync SIP domain; the user cannot sign in.",
    HelpUri = "https://support.microsoft.com/en-us/topic/new-office-365-users-are-not-provisioned-for-skype-for-business-online-dd88915a-6b01-261c-fe5c-7c938c66df95",
    Tags = ["KB2614242"])]
internal sealed partial class LXA0207SipDomainNotConfigured : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } =
    [
        EvidenceRequirement.DirectoryUsers,
        EvidenceRequirement.Cmdlet("Get-CsSipDomain"),
    ];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var domains = new HashSet<string>(
            context.Deployment.All<CsSipDomain>().Select(d => d.DomainName?.Trim().TrimEnd('.')).Where(d => !string.IsNullOrEmpty(d))!,
            StringComparer.OrdinalIgnoreCase);
        var onlineUsers = 0;
        foreach (var user in UsersIndex.Of(context.Deployment).Users)
        {
            if (!user.IsLyncEnabled || user.SipUri.Effective is not { } sip)
            {
                continue;
            }

            if (user.Home == UserHome.Online)
            {
                onlineUsers++;
                continue;
            }

            if (user.Home != UserHome.OnPremises && !user.RegistrarPool.HasValue)
            {
                continue;
            }

            var domain = sip.Value.Host.TrimEnd('.');
            if (domains.Contains(domain))
            {
                continue;
            }

            var known = domains.Count == 0 ? "(none)" : string.Join(", ", domains.Order(StringComparer.OrdinalIgnoreCase));
            context.ReportFinding(
                sip.Location,
                user.ObjectIdentity,
                [domain, user.Name],
                fix: $"New-CsSipDomain -Identity {domain}   # then add it to the Edge and front-end certificates; or Set-CsUser '{user.Name}' -SipAddress 'sip:{sip.Value.User}@<existing SIP domain>'",
                related: context.Deployment.All<CsSipDomain>().Take(5).Select(d => new RelatedLocation(d.Source.Location, $"SIP domain '{d.DomainName}'")),
                properties: [new("expected", "one of: " + known), new("actual", domain)]);
        }

        if (onlineUsers > 0)
        {
            context.ReportEvidenceMissing(
                $"{onlineUsers} online-homed user(s): whether their SIP domains are verified Office 365 domains needs the tenant's domain list, which this dump set does not carry",
                "Get-MsolDomain | Export-Clixml Get-MsolDomain.xml",
                Text.DumpLocation.None);
        }
    }
}
