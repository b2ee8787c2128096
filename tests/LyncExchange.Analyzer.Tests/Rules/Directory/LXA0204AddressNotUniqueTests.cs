using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Directory;

[Trait("Rule", "LXA0204")]
public sealed class LXA0204AddressNotUniqueTests
{
    [Fact]
    public void SipAddressOnUserAndContact_ErrorOnEachObject()
    {
        var contact = DirectoryDumps.Entry("CN=Ken Myer (contact),OU=Contacts,DC=contoso,DC=com", "contact", [("proxyAddresses", "SIP:KMyer@contoso.com"), ("mail", "kmyer@fabrikam.com")]);
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer"), contact);

        var findings = set.Diagnostics("LXA0204");

        Assert.Equal(2, findings.Length);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Error, f.Severity));
        Assert.All(findings, f => Assert.Contains("SIP address 'kmyer@contoso.com' is used by 2 objects", f.Message));
        Assert.Contains(findings, f => f.LogicalLocation == "contact:CN=Ken Myer (contact),OU=Contacts,DC=contoso,DC=com");
        Assert.All(findings, f => Assert.NotEmpty(f.RelatedLocations));
    }

    [Fact]
    public void DuplicateSmtpProxy_Warning()
    {
        using var set = new DumpSetBuilder().WithUsers(
            DirectoryDumps.User("kmyer"),
            DirectoryDumps.User("pilar", a => a.Add(("proxyAddresses", "smtp:kmyer@contoso.com"))));

        var findings = set.Diagnostics("LXA0204");

        Assert.Equal(2, findings.Length);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Warning, f.Severity));
        Assert.All(findings, f => Assert.Contains("KB 2643629", f.Message));
    }

    [Fact]
    public void UniqueAddresses_NoFinding()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer"), DirectoryDumps.User("pilar"));

        Assert.Empty(set.Diagnostics("LXA0204"));
    }
}
