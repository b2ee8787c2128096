using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.Transcript;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.Transcript;

public sealed class TranscriptReaderTests
{
    private static readonly TranscriptReader Reader = new();

    [Theory]
    [InlineData("lync-shell.normalview.txt")]
    [InlineData("lync-shell.ps7.txt")]
    public void Read_LyncSession_AttributesObjectsToThePromptsAndRecordsTheTwoFailures(string file)
    {
        var (objects, diagnostics) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("transcript", file));

        Assert.Empty(diagnostics);
        var data = objects.Where(o => !CollectionSignal.IsSignal(o)).ToList();
        Assert.Equal(["Get-CsTrustedApplication", "Get-CsTrustedApplication", "Get-CsPool", "Get-CsPool", "Get-CsPool", "Get-CsPool"], data.Select(o => o.Cmdlet));
        Assert.All(data, o => Assert.Equal(TranscriptReader.DecidedBy, o.CmdletDecidedBy));
        var errors = objects.Where(CollectionSignal.IsErrorRecord).ToList();
        Assert.Equal(["Get-CsOAuthServer", "Get-OAuthConfig"], errors.Select(e => e.Find("Cmdlet")!.Value.Text));
        Assert.StartsWith("Cannot find \"OAuthServer\" \"microsoft.sts\"", errors[0].Find("Message")!.Value.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NormalView_KeepsCategoryInfoAndTheWrappedPoolServices()
    {
        var (objects, _) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("transcript", "lync-shell.normalview.txt"));

        var error = objects.First(CollectionSignal.IsErrorRecord);
        Assert.Equal("ObjectNotFound: (microsoft.sts:String) [Get-CsOAuthServer], ItemNotFoundException", error.Find("CategoryInfo")!.Value.Text);
        var pool = objects.First(o => o.Cmdlet == "Get-CsPool").Find("Services")!.Value;
        Assert.Equal(["UserServer:pool01.contoso.com", "Registrar:pool01.contoso.com", "WebServer:pool01.contoso.com", "ConferencingServer:pool01.contoso.com"], pool.Items.Select(i => i.Text));
        Assert.True(pool.IsTruncated);
    }

    [Fact]
    public void Read_ExchangeShellPrompt_WrapsAtEachRegionsOwnWidth()
    {
        var (objects, diagnostics) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("transcript", "exchange-shell.ps7.txt"));

        Assert.Empty(diagnostics);
        Assert.Equal(4, objects.Count);
        Assert.All(objects, o => Assert.Equal("Get-OwaVirtualDirectory", o.Cmdlet));
        Assert.Equal("C2A5E8F1B3D4967A0E1F2B3C4D5E6F708192A3B4", objects[1].Find("InstantMessagingCertificateThumbprint")!.Value.Text);
        Assert.Equal("C2A5E8F1B3D4967A0E1F2B3C4D5E6F708192A3B4", objects[3].Find("InstantMessagingCertificateThumbprint")!.Value.Text);
        Assert.Equal("3f6b1c2d-8e4a-4d7b-9c1e-2a5f7b8c9d01", objects[2].Find("RunspaceId")!.Value.Text);
    }

    [Fact]
    public void Read_PromptWithoutOutput_IsAnEmptyResultButARedirectIsNot()
    {
        var text = "PS C:\\> Get-CsTrustedApplication\nPS C:\\> Get-CsPool | Export-Clixml pools.xml\nPS C:\\> Get-CsSite | ft Identity,SiteId\n\nIdentity     SiteId\n--------     ------\nSite:Redmond      1\n\n";
        var (objects, diagnostics) = DumpText.Read(Reader, "session.txt", text);

        Assert.Empty(diagnostics);
        Assert.Equal(2, objects.Count);
        Assert.True(CollectionSignal.IsEmptyResult(objects[0]));
        Assert.Equal("Get-CsTrustedApplication", objects[0].Find("Cmdlet")!.Value.Text);
        Assert.Equal("Get-CsSite", objects[1].Cmdlet);
        Assert.Equal("1", objects[1].Find("SiteId")!.Value.Text);
    }

    [Theory]
    [InlineData("PS C:\\Users\\admin> Get-Mailbox | Get-CASMailbox | fl", "Get-CASMailbox")]
    [InlineData("[PS] C:\\Windows\\system32>Get-OwaVirtualDirectory | fl Identity,InstantMessaging*", "Get-OwaVirtualDirectory")]
    [InlineData("[ex01]: PS C:\\> Get-ExchangeCertificate -Server EX01 | Select-Object * | Format-List", "Get-ExchangeCertificate")]
    [InlineData("PS>Get-CsSite", "Get-CsSite")]
    [InlineData("PS C:\\> $x = 1", null)]
    public void TryParse_PromptLine_NamesTheLastDataCmdlet(string line, string? cmdlet)
    {
        Assert.True(TranscriptPrompt.TryParse(line, out var prompt));
        Assert.Equal(cmdlet, prompt.Cmdlet);
    }

    [Fact]
    public void TryParse_TerminatingErrorLine_IsNotAPrompt()
    {
        Assert.False(TranscriptPrompt.TryParse("PS>TerminatingError(): \"The term 'Get-OAuthConfig' is not recognized\"", out _));
    }
}
