using LyncExchange.Analyzer.Analysis.Support;
using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Tests.Rules.Directory;
using LyncExchange.Analyzer.Tests.Rules.Hybrid;

namespace LyncExchange.Analyzer.Tests.Analysis.Support;

public sealed class SupportReportTests
{
    /// <summary>
    /// A hybrid: kmyer on-prem with an Exchange 2013 mailbox, pilar homed online with an Exchange 2013 mailbox, and pkim
    /// on-prem with an Exchange Online mailbox whose proxy addresses lack the SIP entry (LXA0201 breaks OWA IM for pkim).
    /// </summary>
    private static DumpSetBuilder Hybrid() => new DumpSetBuilder()
        .WithUsers(
            DirectoryDumps.User("kmyer"),
            DirectoryDumps.User("pilar", a => a.Set("msRTCSIP-DeploymentLocator", "sipfed.online.lync.com")),
            DirectoryDumps.User("pkim", a =>
            {
                a.RemoveAll(x => x.Value.StartsWith("SIP:", StringComparison.Ordinal));
                a.Remove("homeMDB");
                a.Set("msExchRecipientTypeDetails", "2147483648");
            }))
        .Add("Get-CsHostingProvider.txt", HybridDumps.LyncOnline());

    [Fact]
    public void HybridDumpSet_Json_MatchesSnapshot()
    {
        using var set = Hybrid();

        Approvals.Verify(SupportReportJsonWriter.Write(SupportReport.Build(set.Analyze())), "json");
    }

    [Fact]
    public void OnlineHomedUser_OnPremOnlyFeatures_NotSupportedForThisUser()
    {
        using var set = Hybrid();

        var report = SupportReport.Build(set.Analyze());
        var pilar = report.Users.Single(u => u.User == "pilar@contoso.com");
        var ucs = pilar.Features.Single(f => f.Feature == SupportFeature.UnifiedContactStore);

        Assert.Equal("Hybrid", report.Scenario);
        Assert.Equal(("Online", "Exchange2013", "KB2614242"), (pilar.LyncHome, pilar.Mailbox, pilar.MatrixSource));
        Assert.Equal("NotSupportedForThisUser", ucs.Expected);
        Assert.Equal("SupportedOnPremHomedOnly; user is Online", ucs.Reason);
        Assert.Null(ucs.Status);
        Assert.Equal("Supported", pilar.Features.Single(f => f.Feature == SupportFeature.OwaImPresence).Expected);
    }

    [Fact]
    public void FiredGatingRuleForTheUser_Broken_OnlyForThatUser()
    {
        using var set = Hybrid();

        var report = SupportReport.Build(set.Analyze());
        var pkim = report.Users.Single(u => u.User == "pkim@contoso.com").Features.Single(f => f.Feature == SupportFeature.OwaImPresence);
        var kmyer = report.Users.Single(u => u.User == "kmyer@contoso.com").Features.Single(f => f.Feature == SupportFeature.OwaImPresence);

        Assert.Equal("Broken", pkim.Status);
        Assert.Contains("LXA0201", pkim.BlockedBy);
        Assert.DoesNotContain("LXA0201", kmyer.BlockedBy);
        Assert.Equal("Unknown", kmyer.Status);
        Assert.Contains(kmyer.MissingEvidence, m => m.StartsWith("LXA0905:LXA030", StringComparison.Ordinal));
    }

    [Fact]
    public void Matrices_AreTheKbTablesAsStored()
    {
        Assert.Equal(MatrixCell.Supported, SupportMatrices.Exchange2013[LyncScenario.Hybrid][SupportFeature.OwaImPresence]);
        Assert.Equal(MatrixCell.SupportedOnPremHomedOnly, SupportMatrices.Exchange2013[LyncScenario.Hybrid][SupportFeature.UnifiedContactStore]);
        Assert.Equal(MatrixCell.NotSupported, SupportMatrices.Exchange2013[LyncScenario.LyncOnlineOnly][SupportFeature.OwaOnlineMeetingScheduling]);
        Assert.Equal(MatrixCell.NotSupported, SupportMatrices.ExchangeOnline[LyncScenario.LyncServerOnly][SupportFeature.UnifiedContactStore]);
        Assert.Equal(MatrixCell.SupportedOnlineHomedOnly, SupportMatrices.ExchangeOnline[LyncScenario.Hybrid][SupportFeature.UnifiedContactStore]);
        Assert.Contains("LXA0604", SupportMatrices.Gates[SupportFeature.OwaOnlineMeetingScheduling]);
        Assert.DoesNotContain("LXA0604", SupportMatrices.Gates[SupportFeature.OwaImPresence]);
    }

    [Fact]
    public void Json_IsDeterministic()
    {
        using var set = Hybrid();

        Assert.Equal(SupportReportJsonWriter.Write(SupportReport.Build(set.Analyze())), SupportReportJsonWriter.Write(SupportReport.Build(set.Analyze())));
    }
}
