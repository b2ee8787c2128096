using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Directory;

[Trait("Rule", "LXA0208")]
public sealed class LXA0208InconsistentLyncEnablementTests
{
    [Fact]
    public void SipButNotEnabledAndNoRegistrar_Info()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a =>
        {
            a.Set("msRTCSIP-UserEnabled", "FALSE");
            a.Remove("msRTCSIP-PrimaryHomeServer");
        }));

        var finding = Assert.Single(set.Diagnostics("LXA0208"));

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.StartsWith("Disable-CsUser 'kmyer@contoso.com'", finding.Properties["fix"]);
    }

    [Fact]
    public void EnabledWithoutDeploymentLocator_Warning()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.Remove("msRTCSIP-DeploymentLocator")));

        var finding = Assert.Single(set.Diagnostics("LXA0208"));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("msRTCSIP-DeploymentLocator (HostingProvider) is empty", finding.Message);
    }

    [Fact]
    public void EnabledWithOtherHostingProvider_Warning()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.Set("msRTCSIP-DeploymentLocator", "sip.hoster.example")));

        Assert.Contains("'sip.hoster.example'", Assert.Single(set.Diagnostics("LXA0208")).Message);
    }

    [Fact]
    public void SrvLocatorWithoutHomePool_Warning()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer", a => a.Remove("msRTCSIP-PrimaryHomeServer")));

        Assert.Contains("no home pool", Assert.Single(set.Diagnostics("LXA0208")).Message);
    }

    [Fact]
    public void ConsistentUsers_NoFinding()
    {
        using var set = new DumpSetBuilder().WithUsers(DirectoryDumps.User("kmyer"), DirectoryDumps.User("pilar", a => a.Set("msRTCSIP-DeploymentLocator", "sipfed.online.lync.com")));

        Assert.Empty(set.Diagnostics("LXA0208"));
    }
}
