using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules.ExchangeOwa;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.ExchangeOwa;

[Trait("Rule", "LXA0303")]
public sealed class LXA0303OwaWebConfigImKeysMissingTests
{
    [Fact]
    public void Analyze_HealthyWebConfig_ReportsNothing()
    {
        Assert.Empty(new ModelBuilder().HealthyOwaIm().Run(new LXA0303OwaWebConfigImKeysMissing()));
    }

    [Theory]
    [InlineData(null, "pool01.contoso.com", "IMCertificateThumbprint")]
    [InlineData("", "pool01.contoso.com", "IMCertificateThumbprint")]
    [InlineData(Contoso.Thumbprint, null, "IMServerName")]
    public void Analyze_KeyAbsentOrEmpty_IsAnErrorNamingTheKey(string? thumbprint, string? imServer, string key)
    {
        var diagnostic = Assert.Single(new ModelBuilder().LyncPool().ExchangeServer().WebConfig(imServer: imServer, thumbprint: thumbprint).Run(new LXA0303OwaWebConfigImKeysMissing()));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith($"web.config on EX01 has no {key}", diagnostic.Message);
        Assert.Equal("EX01/web.config", diagnostic.Location.Path);
    }

    [Fact]
    public void Analyze_MailboxServerWithoutWebConfig_IsEvidenceMissingNotADefect()
    {
        var diagnostics = new ModelBuilder().LyncPool().ExchangeServer("EX01").ExchangeServer("EX02").WebConfig("EX01").Run(new LXA0303OwaWebConfigImKeysMissing());

        var missing = Assert.Single(diagnostics);
        Assert.Equal("LXA0905", missing.Id);
        Assert.Contains("Mailbox server EX02", missing.Message);
    }

    [Fact]
    public void Analyze_NoWebConfigAtAll_IsReportedByLxa0905()
    {
        var diagnostics = new ModelBuilder().LyncPool().ExchangeServer().RunWithEvidenceReport(new LXA0303OwaWebConfigImKeysMissing());

        Assert.Equal("LXA0905", Assert.Single(diagnostics).Id);
    }
}
