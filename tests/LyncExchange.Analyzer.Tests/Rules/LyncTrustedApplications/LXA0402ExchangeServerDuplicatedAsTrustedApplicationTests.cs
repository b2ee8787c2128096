using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Rules.LyncTrustedApplications;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.LyncTrustedApplications;

[Trait("Rule", "LXA0402")]
public sealed class LXA0402ExchangeServerDuplicatedAsTrustedApplicationTests
{
    [Fact]
    public void Analyze_MultiRoleServerWithSipNameDialPlanAndTrustedPool_IsAnError()
    {
        var diagnostic = Assert.Single(new ModelBuilder().HealthyOwaIm().Add<UmDialPlan>(("Name", "Contoso UM"), ("URIType", "SipName"), ("Identity", "Contoso UM")).Run(new LXA0402ExchangeServerDuplicatedAsTrustedApplication()));

        Assert.Contains("Exchange server ex01.contoso.com hosts a SipName UM dial plan", diagnostic.Message);
        Assert.Equal("Remove-CsTrustedApplication -Identity 'ex01.contoso.com/urn:application:outlookwebapp'; Remove-CsTrustedApplicationPool -Identity 'ex01.contoso.com'; Enable-CsTopology", diagnostic.Properties["fix"]);
    }

    [Fact]
    public void Analyze_TelExtensionDialPlan_ReportsNothing()
    {
        Assert.Empty(new ModelBuilder().HealthyOwaIm().Add<UmDialPlan>(("Name", "Contoso UM"), ("URIType", "TelExtn"), ("Identity", "Contoso UM")).Run(new LXA0402ExchangeServerDuplicatedAsTrustedApplication()));
    }

    [Fact]
    public void Analyze_MailboxOnlyServer_ReportsNothing()
    {
        var builder = new ModelBuilder().LyncPool().ExchangeServer(roles: "Mailbox").TrustedPool().Add<UmDialPlan>(("Name", "UM"), ("URIType", "SipName"), ("Identity", "UM"));

        Assert.Empty(builder.Run(new LXA0402ExchangeServerDuplicatedAsTrustedApplication()));
    }

    [Fact]
    public void Analyze_DialPlansNotCollected_SaysWhichDumpIsMissing()
    {
        var missing = Assert.Single(new ModelBuilder().HealthyOwaIm().Run(new LXA0402ExchangeServerDuplicatedAsTrustedApplication()));

        Assert.Equal("LXA0905", missing.Id);
        Assert.Contains("Get-UMDialPlan", missing.Message);
    }
}
