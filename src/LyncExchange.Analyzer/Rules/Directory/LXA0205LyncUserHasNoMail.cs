using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Rules.OAuth;

namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>
/// KB 2614242 step 3: Lync finds the user's Exchange mailbox (EWS, conversation history, UCS, photos) from the
/// <c>mail</c> attribute; a Lync user without it loses every Exchange integration feature.
/// </summary>
[Rule("LXA0205", RuleCategory.Directory, DiagnosticSeverity.Error,
    Title = "Lync user has no mail attribute",
    Message = "Lync user '{0}' has no mail attribute; Lync finds the Exchange mailbox (EWS, conversation history, UCS, photos) from the mail address.",
    HelpUri = "https://support.microsoft.com/help/2614242",
    Tags = ["KB2614242", "Step3", "KB2787614"])]
internal sealed partial class LXA0205LyncUserHasNoMail : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [EvidenceRequirement.DirectoryUsers];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        foreach (var user in UsersIndex.Of(context.Deployment).Users)
        {
            if (!user.IsLyncEnabled || user.Mail.HasValue || !MailIsKnownEmpty(user))
            {
                continue;
            }

            var location = user.EffectiveMailboxLocation;
            var sam = user.Directory?.SamAccountName ?? user.LyncUser?.SamAccountName ?? user.Name;
            var smtp = user.PrimarySmtp.Effective?.Value ?? user.SipUri.Effective?.Value.UserAtHost ?? "<primary SMTP address>";
            var fix = $"Set-ADUser '{sam}' -EmailAddress '{smtp}'"
                + (context.Deployment.Scenario.Scenario is Deployment.Scenarios.LyncScenario.Hybrid or Deployment.Scenarios.LyncScenario.LyncOnlineOnly
                    ? "   # on-premises AD, then let dirsync carry it: for Lync Online it is the only way (KB 2614242)"
                    : "   # or mailbox-enable the user (Enable-Mailbox), which sets mail");
            var at = user.Directory is not null ? user.Directory.Source.Location : user.LyncUser?.Locations.WindowsEmailAddress ?? user.Location;
            context.ReportFinding(
                at.IsNone ? user.Location : at,
                user.ObjectIdentity,
                [user.Name],
                fix: fix,
                severity: location == MailboxLocation.None ? DiagnosticSeverity.Warning : null,
                related: DirectoryUsers.Related(DirectoryUsers.Related(user.LyncEnabled.Effective, "Lync-enabled (" + user.LyncEnabled.Effective?.Describe() + ")")),
                properties: [new("expected", "mail = " + smtp), new("actual", "mail empty"), new("mailbox", location.ToString())]);
        }
    }

    /// <summary>
    /// The mail attribute is known to be empty, not merely not collected: the LDIF export carries <c>mail</c> for other
    /// entries, or Get-CsUser shows an empty <c>WindowsEmailAddress</c> and no LDIF says otherwise.
    /// </summary>
    private static bool MailIsKnownEmpty(DeploymentUser user) =>
        user.Directory is not null
            ? user.DirectoryExports(DirectoryAttribute.Mail)
            : user.LyncUser is { } lync && lync.Source.IsPresent("WindowsEmailAddress");
}
