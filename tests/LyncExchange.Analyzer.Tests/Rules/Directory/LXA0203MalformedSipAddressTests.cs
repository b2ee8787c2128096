using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Directory;

[Trait("Rule", "LXA0203")]
public sealed class LXA0203MalformedSipAddressTests
{
    [Theory]
    [InlineData("kmyer@contoso.com", "the sip: prefix is missing")]
    [InlineData("sip:sip:kmyer@contoso.com", "the sip: prefix is doubled")]
    [InlineData("sip: kmyer@contoso.com", "it contains white space")]
    public void MalformedPrimaryUserAddress_ErrorAtItsLine(string value, string detail)
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.Set("msRTCSIP-PrimaryUserAddress", value)));

        var finding = Assert.Single(set.Diagnostics("LXA0203"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Contains($"'msRTCSIP-PrimaryUserAddress' of 'CN=kmyer,OU=Users,DC=contoso,DC=com' is '{value}'", finding.Message);
        Assert.Contains(detail, finding.Message);
        Assert.Equal("Set-CsUser 'kmyer@contoso.com' -SipAddress 'sip:kmyer@contoso.com'", finding.Properties["fix"]);
    }

    [Fact]
    public void UppercaseSchemeInPrimaryUserAddress_Warning()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.Set("msRTCSIP-PrimaryUserAddress", "SIP:kmyer@contoso.com")));

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(set.Diagnostics("LXA0203")).Severity);
    }

    [Fact]
    public void MalformedSipProxy_Error()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.SetSipProxy("SIP:kmyer@contoso")));

        var finding = Assert.Single(set.Diagnostics("LXA0203"));

        Assert.Contains("'proxyAddresses'", finding.Message);
        Assert.Contains("SIP:kmyer@contoso", finding.Properties["actual"]);
    }

    [Fact]
    public void WellFormedAddresses_NoFinding()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer"), DirectoryDumps.User("pilar"));

        Assert.Empty(set.Diagnostics("LXA0203"));
    }
}
