using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Lync;
using LyncExchange.Analyzer.Rules.LyncTrustedApplications;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.LyncTrustedApplications;

[Trait("Rule", "LXA0401")]
public sealed class LXA0401NoTrustedApplicationForOwaTests
{
    [Fact]
    public void Analyze_PoolAndApplicationForTheMailboxServer_ReportsNothing()
    {
        Assert.Empty(new ModelBuilder().HealthyOwaIm().Run(new LXA0401NoTrustedApplicationForOwa()));
    }

    [Fact]
    public void Analyze_NoPoolContainsTheMailboxServer_IsAnErrorWithTheCreationCommands()
    {
        var diagnostic = Assert.Single(new ModelBuilder().LyncPool().ExchangeServer().OwaVdir().TrustedPool("ucma01.contoso.com").TrustedApp("ucma01.contoso.com").Run(new LXA0401NoTrustedApplicationForOwa()));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("No Lync trusted application pool covers Exchange server(s) ex01.contoso.com", diagnostic.Message);
        Assert.StartsWith("New-CsTrustedApplicationPool -Identity ex01.contoso.com -Registrar pool01.contoso.com -Site Site:Redmond", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_PoolWithoutApplication_IsAnError()
    {
        var diagnostic = Assert.Single(new ModelBuilder().LyncPool().ExchangeServer().OwaVdir().TrustedPool().CollectedEmpty("Get-CsTrustedApplication").Run(new LXA0401NoTrustedApplicationForOwa()));

        Assert.Contains("No Lync trusted application application covers", diagnostic.Message);
    }

    [Fact]
    public void Analyze_OneOfTwoServersMissingFromThePool_IsAWarning()
    {
        var builder = new ModelBuilder().HealthyOwaIm().ExchangeServer("EX02")
            .Add<CsTrustedApplicationComputer>(("Identity", "ex01.contoso.com"), ("Pool", "ex01.contoso.com"), ("Fqdn", "ex01.contoso.com"));

        var diagnostic = Assert.Single(builder.Run(new LXA0401NoTrustedApplicationForOwa()));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("ex02.contoso.com", diagnostic.Message);
    }

    [Fact]
    public void Analyze_OwaImNotConfigured_ReportsNothing()
    {
        Assert.Empty(new ModelBuilder().LyncPool().ExchangeServer().OwaVdir(enabled: "False", type: "None").CollectedEmpty("Get-CsTrustedApplicationPool").CollectedEmpty("Get-CsTrustedApplication").Run(new LXA0401NoTrustedApplicationForOwa()));
    }
}
