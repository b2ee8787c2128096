using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Rules.LyncTrustedApplications;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.LyncTrustedApplications;

[Trait("Rule", "LXA0404")]
public sealed class LXA0404TrustedApplicationSettingsUnusualTests
{
    [Fact]
    public void Analyze_MtlsApplicationOnADefaultPool_ReportsNothing()
    {
        Assert.Empty(new ModelBuilder().HealthyOwaIm().Run(new LXA0404TrustedApplicationSettingsUnusual()));
    }

    [Fact]
    public void Analyze_TcpTransport_IsAWarning()
    {
        var diagnostic = Assert.Single(new ModelBuilder().LyncPool().ExchangeServer().TrustedPool().TrustedApp(protocol: "Tcp").Run(new LXA0404TrustedApplicationSettingsUnusual()));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("uses TCP", diagnostic.Message);
    }

    [Fact]
    public void Analyze_ProtocolPropertyMissing_IsUnknownNotADefect()
    {
        var builder = new ModelBuilder().LyncPool().ExchangeServer().TrustedPool()
            .Add<CsTrustedApplication>(("Identity", "ex01.contoso.com/urn:application:outlookwebapp"), ("ApplicationId", "urn:application:outlookwebapp"), ("TrustedApplicationPoolFqdn", "ex01.contoso.com"));

        Assert.Empty(builder.Run(new LXA0404TrustedApplicationSettingsUnusual()));
    }

    [Fact]
    public void Analyze_PoolRequiresReplication_IsInfo()
    {
        var diagnostic = Assert.Single(new ModelBuilder().LyncPool().ExchangeServer().TrustedPool(requiresReplication: "True").TrustedApp().Run(new LXA0404TrustedApplicationSettingsUnusual()));

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
    }
}
