using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Rules.ExchangeOwa;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.ExchangeOwa;

[Trait("Rule", "LXA0309")]
public sealed class LXA0309UcmaRuntimeRegistrationMissingTests
{
    private const string Key = @"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging";

    private static ModelBuilder WithKey(string? dll) =>
        new ModelBuilder().HealthyOwaIm().AddIn<OwaImRegistry>("EX01-OwaIm.reg", ("Key", Key), ("ImplementationDLLPath", dll), ("Server", "EX01"));

    [Fact]
    public void Analyze_UcmaDllRegistered_ReportsNothing()
    {
        Assert.Empty(WithKey(@"C:\Program Files\Microsoft UCMA 4.0\Runtime\SSP\Microsoft.Rtc.Internal.Ucweb.dll").Run(new LXA0309UcmaRuntimeRegistrationMissing()));
    }

    [Theory]
    [InlineData(null, "missing")]
    [InlineData(@"C:\Windows\System32\other.dll", @"'C:\Windows\System32\other.dll'")]
    public void Analyze_ValueMissingOrWrong_IsAnError(string? dll, string shown)
    {
        var diagnostic = Assert.Single(WithKey(dll).Run(new LXA0309UcmaRuntimeRegistrationMissing()));

        Assert.Equal($"EX01: ImplementationDLLPath is {shown}; OWA cannot load the IM provider (\"No registry setting for IM Provider\" / \"IM provider not found\").", diagnostic.Message);
    }

    [Fact]
    public void Analyze_NoRegistryExport_IsEvidenceMissing()
    {
        var diagnostics = new ModelBuilder().HealthyOwaIm().RunWithEvidenceReport(new LXA0309UcmaRuntimeRegistrationMissing());

        Assert.Equal("LXA0905", Assert.Single(diagnostics).Id);
    }
}
