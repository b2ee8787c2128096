using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;
using static LyncExchange.Analyzer.Tests.Rules.Dns.DnsDumps;

namespace LyncExchange.Analyzer.Tests.Rules.Dns;

[Trait("Rule", "LXA0106")]
public sealed class LXA0106ExchangeAutodiscoverNotResolvableTests
{
    private static readonly string[] Autodiscover = ["autodiscover IN CNAME mail", "mail IN A 131.107.1.30"];

    [Fact]
    public void Analyze_AutodiscoverCnamePresent_ReportsNothing()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com", [.. OnPremRecords, .. Autodiscover]));

        Assert.Empty(set.Diagnostics("LXA0106"));
    }

    [Fact]
    public void Analyze_OnlyAutodiscoverSrv_ReportsNothing()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com", [.. OnPremRecords, "_autodiscover._tcp IN SRV 0 0 443 mail", "mail IN A 131.107.1.30"]));

        Assert.Empty(set.Diagnostics("LXA0106"));
    }

    [Fact]
    public void Analyze_CnameToExchangeOnline_ReportsNothing()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com", [.. OnPremRecords, "autodiscover IN CNAME autodiscover.outlook.com."]));

        Assert.Empty(set.Diagnostics("LXA0106"));
    }

    [Fact]
    public void Analyze_NoAutodiscoverForTheMailDomain_IsAWarningAtTheSoa()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com", OnPremRecords));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0106"));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(SoaLine, diagnostic.Location.Line);
        Assert.Equal("MailDomain:contoso.com", diagnostic.LogicalLocation);
        Assert.Equal("No autodiscover record for mail domain 'contoso.com'; Lync locates EWS through autodiscover on the mail domain, so conversation history, free/busy, UCS and HD photos fail.", diagnostic.Message);
        Assert.Equal("Add-DnsServerResourceRecord -ZoneName contoso.com -CName -Name autodiscover -HostNameAlias mail.contoso.com", diagnostic.Properties["fix"]);
        Assert.Contains(diagnostic.RelatedLocations, r => r.Location.Path == "Get-CsUser.txt");
    }

    [Fact]
    public void Analyze_UcsAllowed_MakesItAnError()
    {
        using var set = new DumpSetBuilder().LyncServer()
            .Add("Get-CsUserServicesPolicy.txt", FormatListText.Object(("Identity", "Global"), ("UcsAllowed", "True")))
            .Add("contoso.com.zone", Zone("contoso.com", OnPremRecords));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0106"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("This is an error because user services policy 'Global' allows the Unified Contact Store", diagnostic.Message);
        Assert.Contains(diagnostic.RelatedLocations, r => r.Location.Path == "Get-CsUserServicesPolicy.txt");
    }

    [Fact]
    public void Analyze_ExchangeOnlineMailbox_SuggestsTheOutlookCname()
    {
        using var set = new DumpSetBuilder().LyncServer()
            .Add("Get-Mailbox.txt", FormatListText.Object(
                ("Identity", "alice"), ("UserPrincipalName", "alice@contoso.com"), ("PrimarySmtpAddress", "alice@contoso.com"),
                ("RecipientTypeDetails", "RemoteUserMailbox"), ("EmailAddresses", "{SMTP:alice@contoso.com, sip:alice@contoso.com}")))
            .Add("contoso.com.zone", Zone("contoso.com", OnPremRecords));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0106"));

        Assert.Contains("the usual record is CNAME autodiscover.contoso.com → autodiscover.outlook.com", diagnostic.Message);
        Assert.EndsWith("-HostNameAlias autodiscover.outlook.com", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_DanglingAutodiscoverCname_IsReportedAtTheRecord()
    {
        using var set = new DumpSetBuilder().LyncServer().Add("contoso.com.zone", Zone("contoso.com", [.. OnPremRecords, "autodiscover IN CNAME cas99"]));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0106"));

        Assert.Equal("DnsRecord:autodiscover.contoso.com CNAME", diagnostic.LogicalLocation);
        Assert.StartsWith("autodiscover.contoso.com does not resolve (CNAME cas99.contoso.com.: NameNotFound at 'cas99.contoso.com')", diagnostic.Message);
    }

    [Fact]
    public void Analyze_OAuthAutodiscoverUrlHostMissing_IsAnErrorAtTheUrl()
    {
        using var set = new DumpSetBuilder().LyncServer()
            .Add("Get-CsOAuthConfiguration.txt", FormatListText.Object(("Identity", "Global"), ("ExchangeAutodiscoverUrl", "https://autodiscover.contoso.com/autodiscover/autodiscover.svc"), ("Realm", "contoso.com")))
            .Add("contoso.com.zone", Zone("contoso.com", [.. OnPremRecords, "_autodiscover._tcp IN SRV 0 0 443 mail", "mail IN A 131.107.1.30"]));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0106"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("Get-CsOAuthConfiguration.txt", diagnostic.Location.Path);
        Assert.StartsWith("ExchangeAutodiscoverUrl 'https://autodiscover.contoso.com/autodiscover/autodiscover.svc' names host 'autodiscover.contoso.com', which has no record in the supplied zone contoso.com", diagnostic.Message);
    }

    [Fact]
    public void Analyze_MailDomainWithoutZone_IsEvidenceMissing()
    {
        using var set = new DumpSetBuilder().LyncServer()
            .Add("Get-CsUser.txt", User("alice@contoso.com", mail: "alice@mail.contoso.net"))
            .Add("contoso.com.zone", Zone("contoso.com", OnPremRecords));

        Assert.Empty(set.Diagnostics("LXA0106"));
        Assert.Contains(set.Diagnostics("LXA0905"), d => d.Message.StartsWith("LXA0106", StringComparison.Ordinal) && d.Message.Contains("no zone for mail domain mail.contoso.net", StringComparison.Ordinal));
    }
}
