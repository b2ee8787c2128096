using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Directory;

[Trait("Rule", "LXA0202")]
public sealed class LXA0202SipProxyDiffersFromPrimaryUserAddressTests
{
    [Fact]
    public void PrimarySipProxyDiffers_Error()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.SetSipProxy("SIP:ken@contoso.com")));

        var finding = Assert.Single(set.Diagnostics("LXA0202"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Contains("proxyAddresses has 'SIP:ken@contoso.com' but LDIF msRTCSIP-PrimaryUserAddress is 'sip:kmyer@contoso.com'", finding.Message);
        Assert.Equal("Set-Mailbox 'kmyer@contoso.com' -EmailAddresses @{Remove='SIP:ken@contoso.com';Add='sip:kmyer@contoso.com'}   # or, if the proxy is right: Set-CsUser 'kmyer@contoso.com' -SipAddress 'sip:ken@contoso.com'", finding.Properties["fix"]);
        Assert.Single(finding.RelatedLocations);
    }

    [Fact]
    public void MatchingProxy_HostCaseDiffers_NoFinding()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.SetSipProxy("SIP:kmyer@Contoso.COM")));

        Assert.Empty(set.Diagnostics("LXA0202"));
    }

    [Fact]
    public void UserPartDiffersOnlyInCase_Info()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.SetSipProxy("SIP:KMyer@contoso.com")));

        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(set.Diagnostics("LXA0202")).Severity);
    }

    [Fact]
    public void SeveralLowercaseSipProxies_OneMatches_Warning()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a =>
        {
            a.SetSipProxy("sip:ken@contoso.com");
            a.Add(("proxyAddresses", "sip:kmyer@contoso.com"));
        }));

        var finding = Assert.Single(set.Diagnostics("LXA0202"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("sip:ken@contoso.com", finding.Properties["actual"]);
    }

    [Fact]
    public void SeveralSipProxies_UppercaseOneIsCompared()
    {
        // Decision 2: the primary SIP: entry matches, so the stray lowercase one does not matter.
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.Add(("proxyAddresses", "sip:ken@contoso.com"))));

        Assert.Empty(set.Diagnostics("LXA0202"));
    }
}
