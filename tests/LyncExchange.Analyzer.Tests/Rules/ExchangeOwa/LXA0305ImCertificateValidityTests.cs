using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Rules.ExchangeOwa;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.ExchangeOwa;

[Trait("Rule", "LXA0305")]
public sealed class LXA0305ImCertificateValidityTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static List<Diagnostic> Run(string notBefore, string notAfter) =>
        new ModelBuilder { Clock = new FixedClock(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)) }
            .LyncPool().ExchangeServer().WebConfig().Certificate(notBefore: notBefore, notAfter: notAfter)
            .Run(new LXA0305ImCertificateValidity());

    [Fact]
    public void Analyze_ValidCertificate_ReportsNothing() => Assert.Empty(Run("2025-01-01T00:00:00Z", "2028-01-01T00:00:00Z"));

    [Fact]
    public void Analyze_ExpiredCertificate_IsAnErrorAtNotAfter()
    {
        var diagnostic = Assert.Single(Run("2014-03-05T00:00:00Z", "2016-03-04T00:00:00Z"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("expired on 2016-03-04", diagnostic.Message);
        Assert.Contains("analysis time", diagnostic.Message);
    }

    [Fact]
    public void Analyze_NotYetValidCertificate_IsAnError()
    {
        Assert.Contains("is valid only from 2027-01-01", Assert.Single(Run("2027-01-01T00:00:00Z", "2029-01-01T00:00:00Z")).Message);
    }

    [Fact]
    public void Analyze_CertificateExpiringWithin30Days_IsAWarning()
    {
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(Run("2025-01-01T00:00:00Z", "2026-12-20T00:00:00Z")).Severity);
    }
}
