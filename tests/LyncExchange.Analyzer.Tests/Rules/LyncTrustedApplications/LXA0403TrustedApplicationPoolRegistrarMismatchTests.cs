using LyncExchange.Analyzer.Rules.LyncTrustedApplications;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.LyncTrustedApplications;

[Trait("Rule", "LXA0403")]
public sealed class LXA0403TrustedApplicationPoolRegistrarMismatchTests
{
    [Fact]
    public void Analyze_RegistrarEqualsImServerName_ReportsNothing()
    {
        Assert.Empty(new ModelBuilder().HealthyOwaIm().Run(new LXA0403TrustedApplicationPoolRegistrarMismatch()));
    }

    [Fact]
    public void Analyze_RegistrarDiffers_IsAWarningAtTheRegistrarLine()
    {
        var builder = new ModelBuilder().LyncPool().ExchangeServer().OwaVdir().WebConfig().TrustedPool(registrar: "pool02.contoso.com");

        var diagnostic = Assert.Single(builder.Run(new LXA0403TrustedApplicationPoolRegistrarMismatch()));

        Assert.Equal("Trusted application pool 'ex01.contoso.com' uses registrar 'pool02.contoso.com' but OWA's IMServerName is 'pool01.contoso.com'.", diagnostic.Message);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Single(diagnostic.RelatedLocations);
    }
}
