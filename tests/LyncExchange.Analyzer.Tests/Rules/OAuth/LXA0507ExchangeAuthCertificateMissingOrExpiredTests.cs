using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules.OAuth;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.OAuth;

[Trait("Rule", "LXA0507")]
public sealed class LXA0507ExchangeAuthCertificateMissingOrExpiredTests
{
    private const string AuthThumbprint = "7F3A9C1E5B2D4068A1C3E5F7092B4D6F8A0C2E41";

    private static readonly DateTimeOffset Now = new(2016, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private static string AuthConfig(string current, string next = "") => FormatListText.Object(
        ("CurrentCertificateThumbprint", current),
        ("PreviousCertificateThumbprint", string.Empty),
        ("NextCertificateThumbprint", next),
        ("Name", "Auth Configuration"),
        ("Identity", "Auth Configuration"));

    private static string Cert(string thumbprint, string notAfter = "1/1/2020 12:00:00 AM") => FormatListText.Object(
        ("NotAfter", notAfter),
        ("Subject", "CN=Microsoft Exchange Server Auth Certificate"),
        ("Thumbprint", thumbprint));

    private static DumpSetBuilder Set(string config) => new DumpSetBuilder().WithOnPremLync().Add("Get-AuthConfig.txt", config);

    [Fact]
    public void Analyze_InstalledAndValidEverywhere_ReportsNothing()
    {
        using var set = Set(AuthConfig(AuthThumbprint))
            .Add("EX01_Get-ExchangeCertificate.txt", Cert(AuthThumbprint))
            .Add("EX02_Get-ExchangeCertificate.txt", Cert(AuthThumbprint.ToLowerInvariant()));

        Assert.Empty(OAuthDumps.RunAt(set, new LXA0507ExchangeAuthCertificateMissingOrExpired(), Now));
    }

    [Fact]
    public void Analyze_MissingOnOneServer_ReportsErrorNamingIt()
    {
        using var set = Set(AuthConfig(AuthThumbprint))
            .Add("EX01_Get-ExchangeCertificate.txt", Cert(AuthThumbprint))
            .Add("EX02_Get-ExchangeCertificate.txt", Cert("EA5A332496CC05DA69B75B66111C0F78A110D22D"));

        var diagnostic = Assert.Single(OAuthDumps.RunAt(set, new LXA0507ExchangeAuthCertificateMissingOrExpired(), Now));

        Assert.Equal((DiagnosticSeverity.Error, "Get-AuthConfig.txt", 2), (diagnostic.Severity, diagnostic.Location.Path, diagnostic.Location.Line));
        Assert.Equal($"Exchange Auth certificate {AuthThumbprint} is not installed on EX02; OAuth with Lync (and OWA/ECP) fails.", diagnostic.Message);
        Assert.Contains(diagnostic.RelatedLocations, r => r.Location.Path == "EX02_Get-ExchangeCertificate.txt");
    }

    [Fact]
    public void Analyze_NotConfigured_ReportsError()
    {
        using var set = Set(AuthConfig(string.Empty)).Add("Get-ExchangeCertificate.txt", Cert(AuthThumbprint));

        var diagnostic = Assert.Single(OAuthDumps.RunAt(set, new LXA0507ExchangeAuthCertificateMissingOrExpired(), Now));

        Assert.Contains("CurrentCertificateThumbprint is empty", diagnostic.Message);
        Assert.StartsWith("New-ExchangeCertificate -KeySize 2048", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_Expired_IsErrorAtTheCertificate()
    {
        using var set = Set(AuthConfig(AuthThumbprint)).Add("Get-ExchangeCertificate.txt", Cert(AuthThumbprint, "1/1/2016 12:00:00 AM"));

        var diagnostic = Assert.Single(OAuthDumps.RunAt(set, new LXA0507ExchangeAuthCertificateMissingOrExpired(), Now));

        Assert.Equal((DiagnosticSeverity.Error, "Get-ExchangeCertificate.txt"), (diagnostic.Severity, diagnostic.Location.Path));
        Assert.Contains("expired on 2016-01-01 (compared with the analysis time", diagnostic.Message);
    }

    [Fact]
    public void Analyze_ExpiresWithin60DaysWithoutNextCertificate_IsWarning()
    {
        using var set = Set(AuthConfig(AuthThumbprint)).Add("Get-ExchangeCertificate.txt", Cert(AuthThumbprint, "2/20/2016 12:00:00 AM"));

        var diagnostic = Assert.Single(OAuthDumps.RunAt(set, new LXA0507ExchangeAuthCertificateMissingOrExpired(), Now));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("no NextCertificateThumbprint is staged", diagnostic.Message);
    }

    [Fact]
    public void Analyze_ExpiresSoonWithNextCertificateStaged_ReportsNothing()
    {
        using var set = Set(AuthConfig(AuthThumbprint, "EA5A332496CC05DA69B75B66111C0F78A110D22D")).Add("Get-ExchangeCertificate.txt", Cert(AuthThumbprint, "2/20/2016 12:00:00 AM"));

        Assert.Empty(OAuthDumps.RunAt(set, new LXA0507ExchangeAuthCertificateMissingOrExpired(), Now));
    }
}
