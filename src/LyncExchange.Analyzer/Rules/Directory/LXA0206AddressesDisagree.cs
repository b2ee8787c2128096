using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules.OAuth;

namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>
/// KB 2436962 / 2787614: Lync expects the Outlook/Exchange address to match its sign-in address. (a) <c>mail</c> differs
/// from the primary SMTP address: warning everywhere. (b) online/hybrid: the SIP address differs from the primary SMTP
/// address or the UPN (Office 365 sign-in): warning there, info in a Lync Server-only deployment.
/// </summary>
[Rule("LXA0206", RuleCategory.Directory, DiagnosticSeverity.Warning,
    Title = "mail, primary SMTP, UPN and SIP address disagree",
    Message = "User '{0}': mail='{1}', primary SMTP='{2}', SIP='{3}'; Lync expects the Outlook/Exchange address to match its sign-in address.",
    HelpUri = "https://support.microsoft.com/help/2436962",
    Tags = ["KB2436962", "KB2787614"])]
internal sealed partial class LXA0206AddressesDisagree : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [EvidenceRequirement.DirectoryUsers];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        var scenario = context.Deployment.Scenario.Scenario;
        foreach (var user in UsersIndex.Of(context.Deployment).Users)
        {
            if (!DirectoryUsers.IsLyncUser(user, scenario))
            {
                continue;
            }

            var mail = user.Mail.Effective;
            var smtp = user.PrimarySmtp.Effective;
            var sip = user.SipUri.Effective;
            var upn = user.UserPrincipalName.Effective;
            string Show<T>(SourcedValue<T>? v)
                where T : notnull => v is null ? "(none)" : v.Value is Model.Directory.SipUri s ? s.Normalized : v.Value.ToString()!;
            // A truncated proxy list may have lost the SMTP: entry; PrimarySmtpAddress still holds it when shown.
            var mailDiffers = mail is not null && smtp is not null && !Same(mail.Value, smtp.Value);
            var signIn = sip?.Value.UserAtHost;
            var differsFromSmtp = signIn is not null && smtp is not null && !Same(signIn, smtp.Value);
            var differsFromUpn = signIn is not null && upn is not null && !Same(signIn, upn.Value);
            if (!mailDiffers && !differsFromSmtp && !differsFromUpn)
            {
                // Nearly every user: no message arguments or related lines are built.
                continue;
            }

            object?[] arguments = [user.Name, Show(mail), Show(smtp), Show(sip)];
            var related = DirectoryUsers.Related(DirectoryUsers.Related(mail), DirectoryUsers.Related(smtp), DirectoryUsers.Related(sip, sip is null ? null : $"{sip.Describe()} '{sip.Value.Normalized}'"), DirectoryUsers.Related(upn)).ToList();
            if (mailDiffers && mail is not null && smtp is not null)
            {
                context.ReportFinding(
                    mail.Location,
                    user.ObjectIdentity,
                    arguments,
                    fix: $"Set-Mailbox '{user.Name}' -PrimarySmtpAddress '{mail.Value}'   # or Set-ADUser '{user.Name}' -EmailAddress '{smtp.Value}'",
                    related: related,
                    properties: [new("expected", "mail = primary SMTP"), new("actual", $"mail={mail.Value}; SMTP={smtp.Value}")],
                    message: context.Descriptor.FormatMessage(arguments) + " (mail differs from the primary SMTP address)");
            }

            if (sip is null || signIn is null || (!differsFromSmtp && !differsFromUpn))
            {
                continue;
            }

            var online = scenario is LyncScenario.LyncOnlineOnly or LyncScenario.Hybrid;
            var what = differsFromSmtp && differsFromUpn ? $"the SIP address differs from the primary SMTP address and from the UPN '{upn!.Value}'"
                : differsFromSmtp ? "the SIP address differs from the primary SMTP address"
                : $"the SIP address differs from the UPN '{upn!.Value}'";
            var fix = differsFromUpn && online
                ? $"Set-ADUser '{user.Name}' -UserPrincipalName '{signIn}'   # Office 365: Set-MsolUserPrincipalName -UserPrincipalName '{upn!.Value}' -NewUserPrincipalName '{signIn}' (KB 2436962); or Set-CsUser -SipAddress"
                : $"Set-CsUser '{user.Name}' -SipAddress 'sip:{smtp?.Value ?? upn!.Value}'   # or Set-Mailbox '{user.Name}' -PrimarySmtpAddress '{signIn}'";
            context.ReportFinding(
                sip.Location,
                user.ObjectIdentity,
                arguments,
                fix: fix,
                severity: online ? null : DiagnosticSeverity.Info,
                related: related,
                properties: [new("expected", "SIP = primary SMTP = UPN"), new("actual", $"SIP={signIn}; SMTP={smtp?.Value}; UPN={upn?.Value}")],
                message: context.Descriptor.FormatMessage(arguments) + $" ({what})");
        }
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
