using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules.OAuth;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.OAuth;

[Trait("Rule", "LXA0506")]
public sealed class LXA0506OAuthTokenIssuerCertificateDoesNotMeetRequirementsTests
{
    private static readonly DateTimeOffset Now = new(2016, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private static string Issuer(string notAfter, string subject = "CN=contoso.com", string notBefore = "1/1/2014 12:00:00 AM") => FormatListText.Object(
        ("NotAfter", notAfter),
        ("NotBefore", notBefore),
        ("Subject", subject),
        ("AlternativeNames", "{}"),
        ("Thumbprint", "7F3A9C1E5B2D4068A1C3E5F7092B4D6F8A0C2E41"),
        ("Use", "OAuthTokenIssuer"));

    private static DumpSetBuilder Set(string certificate) => new DumpSetBuilder().WithOnPremLync()
        .Add("Get-CsSipDomain.txt", FormatListText.Object(("Identity", "contoso.com"), ("Name", "contoso.com"), ("IsDefault", "True")))
        .Add("Get-CsCertificate.txt", certificate);

    [Fact]
    public void Analyze_Expired_IsErrorAtNotAfterAndSaysTheClock()
    {
        using var set = Set(Issuer("1/1/2016 12:00:00 AM"));

        var diagnostic = Assert.Single(OAuthDumps.RunAt(set, new LXA0506OAuthTokenIssuerCertificateDoesNotMeetRequirements(), Now));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Contains("expired on 2016-01-01 (compared with the analysis time; the dump's collection time is unknown)", diagnostic.Message);
        Assert.Contains("-Type OAuthTokenIssuer -Thumbprint <new-thumbprint>", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_ExpiresWithin30Days_IsWarning()
    {
        using var set = Set(Issuer("2/1/2016 12:00:00 AM"));

        var diagnostic = Assert.Single(OAuthDumps.RunAt(set, new LXA0506OAuthTokenIssuerCertificateDoesNotMeetRequirements(), Now));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("within 30 days", diagnostic.Message);
    }

    [Fact]
    public void Analyze_NotYetValid_IsError()
    {
        using var set = Set(Issuer("1/1/2020 12:00:00 AM", notBefore: "6/1/2016 12:00:00 AM"));

        var diagnostic = Assert.Single(OAuthDumps.RunAt(set, new LXA0506OAuthTokenIssuerCertificateDoesNotMeetRequirements(), Now));

        Assert.Equal((DiagnosticSeverity.Error, 3), (diagnostic.Severity, diagnostic.Location.Line));
    }

    [Fact]
    public void Analyze_SubjectOutsideSipDomains_IsWarning()
    {
        using var set = Set(Issuer("1/1/2020 12:00:00 AM", subject: "CN=pool01.contoso.local"));

        var diagnostic = Assert.Single(OAuthDumps.RunAt(set, new LXA0506OAuthTokenIssuerCertificateDoesNotMeetRequirements(), Now));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("SIP domain (contoso.com)", diagnostic.Message);
    }

    [Fact]
    public void Analyze_ValidCertificateInSipDomain_ReportsNothing()
    {
        using var set = Set(Issuer("1/1/2020 12:00:00 AM", subject: "CN=pool01.contoso.com, OU=IT"));

        Assert.Empty(OAuthDumps.RunAt(set, new LXA0506OAuthTokenIssuerCertificateDoesNotMeetRequirements(), Now));
    }
}
