using LyncExchange.Analyzer.Rules.ExchangeOwa;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.ExchangeOwa;

[Trait("Rule", "LXA0304")]
public sealed class LXA0304ImCertificateNotFoundTests
{
    [Fact]
    public void Analyze_ThumbprintOfAnInstalledCertificate_ReportsNothing()
    {
        Assert.Empty(new ModelBuilder().HealthyOwaIm().Run(new LXA0304ImCertificateNotFound()));
    }

    [Fact]
    public void Analyze_ThumbprintCopiedWithSpacesAndLeftToRightMark_StillMatches()
    {
        var copied = "\u200eea 5a 33 24 96 cc 05 da 69 b7 5b 66 11 1c 0f 78 a1 10 d2 2d";
        var diagnostics = new ModelBuilder().LyncPool().ExchangeServer().WebConfig(thumbprint: copied).Certificate().Run(new LXA0304ImCertificateNotFound());

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Analyze_ThumbprintOfNoCertificate_IsNotFound()
    {
        var diagnostic = Assert.Single(new ModelBuilder().LyncPool().ExchangeServer().WebConfig(thumbprint: "0000000000000000000000000000000000000000").Certificate().Run(new LXA0304ImCertificateNotFound()));

        Assert.Contains("is not in the server's certificate store", diagnostic.Message);
        Assert.Single(diagnostic.RelatedLocations);
    }

    [Fact]
    public void Analyze_CertificateWithoutPrivateKey_IsUnusable()
    {
        var diagnostic = Assert.Single(new ModelBuilder().LyncPool().ExchangeServer().WebConfig().Certificate(hasPrivateKey: "False").Run(new LXA0304ImCertificateNotFound()));

        Assert.Contains("has no private key", diagnostic.Message);
    }

    [Fact]
    public void Analyze_CertificateOfAnotherServer_IsNotFound()
    {
        var diagnostics = new ModelBuilder().LyncPool().ExchangeServer().WebConfig("EX01").Certificate(server: "EX02").Run(new LXA0304ImCertificateNotFound());

        Assert.Single(diagnostics);
    }
}
