using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Rules.OAuth;

namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>
/// Where a Lync user's photo can come from: (a) online-homed users without an Exchange Online mailbox cannot upload one
/// from Lync 2013 (warning when AD has no <c>thumbnailPhoto</c> either); (b) without an Exchange 2013/Online mailbox
/// there are no high-resolution photos; (c) an AD photo over 100 KB (KB 2986893 calls it "less than 100 KB").
/// </summary>
[Rule("LXA0210", RuleCategory.Directory, DiagnosticSeverity.Info,
    Title = "Contact photo source problems",
    Message = "User '{0}': {1}.",
    HelpUri = "https://support.microsoft.com/help/2860366",
    Tags = ["KB2860366", "KB2497721"])]
internal sealed partial class LXA0210ContactPhotoSourceProblems : IntegrationRule
{
    private const int LargestThumbnailPhoto = 100 * 1024;

    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [EvidenceRequirement.DirectoryUsers];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        foreach (var user in UsersIndex.Of(context.Deployment).Users)
        {
            if (!user.IsLyncEnabled)
            {
                continue;
            }

            var mailbox = user.EffectiveMailboxLocation;
            var photo = user.ThumbnailPhotoSize.Effective;
            var photoKnown = photo is not null || user.DirectoryExports(DirectoryAttribute.ThumbnailPhoto);
            if (user.Home == UserHome.Online && mailbox is not (MailboxLocation.ExchangeOnline or MailboxLocation.Unknown))
            {
                var noPhoto = photoKnown && photo is null;
                Report(
                    context,
                    user,
                    user.DeploymentLocator.Effective?.Location ?? user.Location,
                    "is homed in Lync Online but the mailbox is " + Describe(mailbox) + ", so Lync 2013 cannot upload a photo"
                        + (noPhoto ? " and AD has no thumbnailPhoto, so the user has no photo at all" : string.Empty),
                    noPhoto ? DiagnosticSeverity.Warning : null,
                    "Set-ADUser '" + user.Name + "' -Replace @{thumbnailPhoto=([IO.File]::ReadAllBytes('photo.jpg'))}   # on-premises AD, then let dirsync run");
            }

            if (mailbox is MailboxLocation.None or MailboxLocation.ExchangeLegacy)
            {
                Report(
                    context,
                    user,
                    user.MailboxLocation.Effective?.Location ?? user.Location,
                    "has " + Describe(mailbox) + ", so Lync shows no high-resolution photo (those need an Exchange 2013 or Exchange Online mailbox)",
                    null,
                    "# move the mailbox to Exchange 2013 or Exchange Online, then: " + Upload(user));
            }

            if (photo is { Value: > LargestThumbnailPhoto } large)
            {
                Report(
                    context,
                    user,
                    large.Location,
                    $"thumbnailPhoto is {large.Value / 1024} KB; the AD photo should be under 100 KB",
                    null,
                    Upload(user) + "   # Exchange 2013/Online keeps the large photo in the mailbox; or store a smaller thumbnailPhoto");
            }
        }
    }

    private static string Upload(DeploymentUser user) => $"Set-UserPhoto -Identity '{user.Name}' -PictureData ([IO.File]::ReadAllBytes('photo.jpg'))";

    private static string Describe(MailboxLocation location) => location switch
    {
        MailboxLocation.None => "no mailbox",
        MailboxLocation.ExchangeLegacy => "an Exchange 2010 or older mailbox",
        MailboxLocation.Exchange2013 => "on Exchange 2013 on-premises",
        _ => location.ToString(),
    };

    private static void Report(RuleContext context, DeploymentUser user, Text.DumpLocation location, string detail, DiagnosticSeverity? severity, string fix) =>
        context.ReportFinding(
            location.IsNone ? user.Location : location,
            user.ObjectIdentity,
            [user.Name, detail],
            fix: fix,
            severity: severity,
            properties: [new("detail", detail)]);
}
