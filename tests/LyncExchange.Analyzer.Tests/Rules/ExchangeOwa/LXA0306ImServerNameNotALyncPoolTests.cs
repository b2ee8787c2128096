using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules.ExchangeOwa;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.ExchangeOwa;

[Trait("Rule", "LXA0306")]
public sealed class LXA0306ImServerNameNotALyncPoolTests
{
    [Fact]
    public void Analyze_ImServerNameIsTheRegistrarPool_ReportsNothing()
    {
        Assert.Empty(new ModelBuilder().HealthyOwaIm().Run(new LXA0306ImServerNameNotALyncPool()));
    }

    [Fact]
    public void Analyze_ImServerNameIsAFrontEndComputer_IsAnError()
    {
        var diagnostic = Assert.Single(new ModelBuilder().LyncPool().ExchangeServer().WebConfig(imServer: "fe01.contoso.com").Run(new LXA0306ImServerNameNotALyncPool()));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("is not a Lync registrar pool in the topology (pool01.contoso.com)", diagnostic.Message);
    }

    [Fact]
    public void Analyze_ServersDisagree_TheMinorityIsAWarning()
    {
        var diagnostics = new ModelBuilder().LyncPool().LyncPool("pool02.contoso.com")
            .ExchangeServer("EX01").ExchangeServer("EX02").ExchangeServer("EX03")
            .WebConfig("EX01").WebConfig("EX02").WebConfig("EX03", imServer: "pool02.contoso.com")
            .Run(new LXA0306ImServerNameNotALyncPool());

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("on EX03 differs from pool01.contoso.com on EX01, EX02", diagnostic.Message);
    }

    [Fact]
    public void Analyze_ImServerNameNotTheOwaPoolsRegistrar_IsAWarning()
    {
        var diagnostics = new ModelBuilder().LyncPool().LyncPool("pool02.contoso.com").ExchangeServer().WebConfig()
            .TrustedPool(registrar: "pool02.contoso.com").Run(new LXA0306ImServerNameNotALyncPool());

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics).Severity);
    }
}
