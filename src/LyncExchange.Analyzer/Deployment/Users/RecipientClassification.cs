using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Model.Exchange;

namespace LyncExchange.Analyzer.Deployment.Users;

/// <summary>
/// RULES.md §C.2 step 3 and decision 4 for Exchange cmdlet output: <c>RecipientTypeDetails</c> <c>Remote*</c> is Exchange
/// Online; a local mailbox type is Exchange 2013 unless its server is 14.x or older; mail users and contacts have none.
/// </summary>
public static class RecipientClassification
{
    public static MailboxLocation Classify(Mailbox mailbox, DeploymentModel deployment)
    {
        var type = mailbox.RecipientTypeDetails?.Trim();
        if (string.IsNullOrEmpty(type))
        {
            return MailboxLocation.Unknown;
        }

        if (type.StartsWith("Remote", StringComparison.OrdinalIgnoreCase))
        {
            return MailboxLocation.ExchangeOnline;
        }

        if (type.Equals("MailUser", StringComparison.OrdinalIgnoreCase) || type.Equals("User", StringComparison.OrdinalIgnoreCase)
            || type.Equals("DisabledUser", StringComparison.OrdinalIgnoreCase) || type.Equals("MailContact", StringComparison.OrdinalIgnoreCase))
        {
            return MailboxLocation.None;
        }

        if (!type.EndsWith("Mailbox", StringComparison.OrdinalIgnoreCase))
        {
            return MailboxLocation.Unknown;
        }

        var name = mailbox.ServerName?.Trim();
        var server = string.IsNullOrEmpty(name)
            ? null
            : deployment.All<ExchangeServer>().FirstOrDefault(s =>
                string.Equals(s.Name?.Trim(), name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(s.Fqdn?.Trim().TrimEnd('.'), name.TrimEnd('.'), StringComparison.OrdinalIgnoreCase));
        var version = server?.AdminDisplayVersion?.Trim();

        // §B.0: 14.x or older is legacy; a 15.x server, or one the dump does not describe, counts as Exchange 2013-class.
        return version is not null && (version.StartsWith("Version 14", StringComparison.OrdinalIgnoreCase) || version.StartsWith("Version 8", StringComparison.OrdinalIgnoreCase))
            ? MailboxLocation.ExchangeLegacy
            : MailboxLocation.Exchange2013;
    }
}
