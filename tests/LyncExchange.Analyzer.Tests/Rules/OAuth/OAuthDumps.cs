using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.OAuth;

/// <summary>Minimal Lync and Exchange dumps for the OAuth and hybrid rule tests.</summary>
internal static class OAuthDumps
{
    public static string LyncUser(string sip, string hostingProvider, string upn, string externalAccessPolicy = "", string userServicesPolicy = "") => FormatListText.Object(
        ("Identity", $"CN={upn},OU=Users,DC=contoso,DC=com"),
        ("ExternalAccessPolicy", externalAccessPolicy),
        ("UserServicesPolicy", userServicesPolicy),
        ("HostingProvider", hostingProvider),
        ("RegistrarPool", hostingProvider == "SRV:" ? LyncEvidence.PoolFqdn : string.Empty),
        ("Enabled", "True"),
        ("SipAddress", "sip:" + sip),
        ("UserPrincipalName", upn));

    public static string Mailbox(string upn, string recipientTypeDetails) => FormatListText.Object(
        ("Identity", upn),
        ("UserPrincipalName", upn),
        ("PrimarySmtpAddress", upn),
        ("RecipientTypeDetails", recipientTypeDetails),
        ("EmailAddresses", $"{{SMTP:{upn}, sip:{upn}}}"));

    public static string ExchangeServer(string name = "EX01", string version = "Version 15.0 (Build 1497.2)") => FormatListText.Object(
        ("Name", name),
        ("Fqdn", name.ToLowerInvariant() + ".contoso.com"),
        ("ServerRole", "Mailbox, ClientAccess"),
        ("AdminDisplayVersion", version),
        ("Identity", name));

    /// <summary>An on-prem Lync deployment whose user kmyer has an Exchange 2013 mailbox.</summary>
    public static DumpSetBuilder WithExchange2013User(this DumpSetBuilder builder) => builder
        .WithOnPremLync()
        .Add("Get-CsUser.txt", LyncUser("kmyer@contoso.com", "SRV:", "kmyer@contoso.com"))
        .Add("Get-Mailbox.txt", Mailbox("kmyer@contoso.com", "UserMailbox"))
        .Add("Get-ExchangeServer.txt", ExchangeServer());

    /// <summary>Runs one rule over an analysed dump set with the clock set to <paramref name="now"/>.</summary>
    public static List<Diagnostic> RunAt(DumpSetBuilder set, Rule rule, DateTimeOffset now)
    {
        var analysed = set.Analyze().Deployment;
        var deployment = new DeploymentModel(analysed.Records, analysed.Collections) { Clock = new FixedClock(now) };
        return RuleRunner.Run(rule, deployment);
    }

    public static string UsDate(DateTime value) => value.ToString("M/d/yyyy h:mm:ss tt", System.Globalization.CultureInfo.GetCultureInfo("en-US"));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
