using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Directory;

[Trait("Rule", "LXA0207")]
public sealed class LXA0207SipDomainNotConfiguredTests
{
    private static string SipDomain(string name) => FormatListText.Object(("Identity", name), ("Name", name), ("IsDefault", "True"));

    [Fact]
    public void OnPremUserInUnknownSipDomain_Error()
    {
        using var set = new DumpSetBuilder()
            .WithUsers(DirectoryDumps.User("kmyer"), DirectoryDumps.User("pilar", a => a.Set("msRTCSIP-PrimaryUserAddress", "sip:pilar@fabrikam.com")))
            .Add("Get-CsSipDomain.txt", SipDomain("contoso.com"));

        var finding = Assert.Single(set.Diagnostics("LXA0207"));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("SIP domain 'fabrikam.com' of 'pilar@contoso.com' is not a Lync SIP domain; the user cannot sign in.", finding.Message);
        Assert.StartsWith("New-CsSipDomain -Identity fabrikam.com", finding.Properties["fix"]);
    }

    [Fact]
    public void UsersInConfiguredSipDomains_NoFinding()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer")).Add("Get-CsSipDomain.txt", SipDomain("contoso.com"));

        Assert.Empty(set.Diagnostics("LXA0207"));
    }

    [Fact]
    public void NoSipDomainDump_EvidenceMissing()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer"));

        Assert.Empty(set.Diagnostics("LXA0207"));
        Assert.Contains(set.Diagnostics("LXA0905"), d => d.Message.StartsWith("LXA0207", StringComparison.Ordinal) && d.Message.Contains("Get-CsSipDomain", StringComparison.Ordinal));
    }
}
