using LyncExchange.Analyzer.Rules.ExchangeOwa;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.ExchangeOwa;

[Trait("Rule", "LXA0307")]
public sealed class LXA0307ImCertificateNamesDoNotCoverServerTests
{
    [Fact]
    public void Analyze_CertificateNamesTheServer_ReportsNothing()
    {
        Assert.Empty(new ModelBuilder().HealthyOwaIm().Run(new LXA0307ImCertificateNamesDoNotCoverServer()));
    }

    [Theory]
    [InlineData("*.contoso.com", true)]
    [InlineData("*.sub.contoso.com", false)]
    [InlineData("*.com", false)]
    public void Analyze_WildcardCoversExactlyOneLeftMostLabel(string name, bool covers)
    {
        var builder = new ModelBuilder().LyncPool().ExchangeServer().WebConfig()
            .AddIn<LyncExchange.Analyzer.Model.Exchange.ExchangeCertificate>("EX01_Get-ExchangeCertificate.txt",
                ("Thumbprint", Contoso.Thumbprint), ("Subject", "CN=" + name), ("CertificateDomains", "{" + name + "}"), ("HasPrivateKey", "True"), ("Server", "EX01"));

        Assert.Equal(covers ? 0 : 1, builder.Run(new LXA0307ImCertificateNamesDoNotCoverServer()).Count);
    }

    [Fact]
    public void Analyze_PublicCertificateForMailOnly_IsAnError()
    {
        var builder = new ModelBuilder().LyncPool().ExchangeServer().WebConfig()
            .AddIn<LyncExchange.Analyzer.Model.Exchange.ExchangeCertificate>("EX01_Get-ExchangeCertificate.txt",
                ("Thumbprint", Contoso.Thumbprint), ("Subject", "CN=mail.contoso.com, O=Contoso"), ("CertificateDomains", "{mail.contoso.com, autodiscover.contoso.com}"), ("HasPrivateKey", "True"), ("Server", "EX01"))
            .TrustedPool();

        var diagnostic = Assert.Single(builder.Run(new LXA0307ImCertificateNamesDoNotCoverServer()));

        Assert.Contains("names mail.contoso.com, autodiscover.contoso.com", diagnostic.Message);
        Assert.Contains("must contain 'ex01.contoso.com'", diagnostic.Message);
    }
}
