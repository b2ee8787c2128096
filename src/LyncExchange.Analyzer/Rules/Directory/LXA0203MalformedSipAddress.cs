using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Rules.OAuth;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>
/// A SIP address that is not <c>sip:user@domain</c>: a missing or doubled prefix, white space, a trailing dot. An
/// uppercase <c>SIP:</c> scheme inside <c>msRTCSIP-PrimaryUserAddress</c> parses, but is not what Lync writes [pk]: warning.
/// </summary>
[Rule("LXA0203", RuleCategory.Directory, DiagnosticSeverity.Error,
    Title = "Malformed SIP address",
    Message = "'{0}' of '{1}' is '{2}', which is not a valid SIP URI of the form sip:user@contoso.com.",
    HelpUri = "https://support.microsoft.com/help/2614242",
    Tags = ["KB2614242", "Step2"])]
internal sealed partial class LXA0203MalformedSipAddress : IntegrationRule
{
    public override IReadOnlyList<EvidenceRequirement> Requirements { get; } = [EvidenceRequirement.DirectoryUsers];

    protected override void AnalyzeIntegration(RuleContext context)
    {
        foreach (var user in UsersIndex.Of(context.Deployment).Users)
        {
            var subject = user.DistinguishedName?.Text ?? user.Name;
            foreach (var value in user.SipAddressTexts)
            {
                if (!SipAddressSyntax.IsValid(value.Value))
                {
                    var fix = $"Set-CsUser '{user.Name}' -SipAddress 'sip:{SipAddressSyntax.Repair(value.Value)}'";
                    Report(context, user, value.Attribute, subject, value.Value, value.Location, fix, null, SipAddressSyntax.Describe(value.Value));
                }
                else if (value.Value.StartsWith("SIP:", StringComparison.Ordinal))
                {
                    Report(context, user, value.Attribute, subject, value.Value, value.Location, $"Set-CsUser '{user.Name}' -SipAddress 'sip:{value.Value[4..]}'", DiagnosticSeverity.Warning, "the scheme is written 'SIP:'; Lync writes and expects lowercase 'sip:' here [pk]");
                }
            }

            if (user.ProxyAddresses is not { } proxies)
            {
                continue;
            }

            // SipProxies in order, located only when one is reported: nearly every user's is valid.
            for (var i = 0; i < proxies.Addresses.Length; i++)
            {
                // The proxy prefix doubles as the scheme: "SIP:user@host" is checked as "sip:user@host".
                var proxy = proxies.Addresses[i];
                if (proxy.Type != ProxyAddressType.Sip || SipAddressSyntax.IsValidAddress(proxy.Address))
                {
                    continue;
                }

                var asUri = "sip:" + proxy.Address;
                var location = proxies.Locations[i];
                var fix = $"{DirectoryUsers.SetMailboxCmdlet(user)} '{user.Name}' -EmailAddresses @{{Remove='{proxy.Text}';Add='{proxy.Prefix}:{SipAddressSyntax.Repair(proxy.Address)}'}}";
                Report(context, user, proxies.Attribute, subject, proxy.Text, location, fix, null, SipAddressSyntax.Describe(asUri));
            }
        }
    }

    private static void Report(RuleContext context, DeploymentUser user, string attribute, string subject, string value, DumpLocation location, string fix, DiagnosticSeverity? severity, string detail) =>
        context.ReportFinding(
            location,
            user.ObjectIdentity,
            [attribute, subject, value],
            fix: fix,
            severity: severity,
            properties: [new("expected", "sip:user@domain"), new("actual", value), new("detail", detail)],
            message: context.Descriptor.FormatMessage(attribute, subject, value) + " (" + detail + ")");
}
