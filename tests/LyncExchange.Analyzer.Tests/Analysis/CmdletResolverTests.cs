using LyncExchange.Analyzer.Analysis;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.Transcript;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Tests.Analysis;

public sealed class CmdletResolverTests
{
    private static readonly string[] Servers = ["EX01.contoso.com", "EX02", "EX01A"];

    [Theory]
    [InlineData("EX01/ClientAccess/Owa/web.config", "EX01.contoso.com", "folder")]
    [InlineData("dump/ex02/Owa/web.config", "EX02", "folder")]
    [InlineData("EX01-web.config", "EX01.contoso.com", "file-name")]
    [InlineData("EX01A_Get-ExchangeCertificate.xml", "EX01A", "file-name")]
    [InlineData("EX02/EX01_Get-ExchangeCertificate.xml", "EX01.contoso.com", "file-name")]
    [InlineData("dump.zip!/EX02/owa.reg", "EX02", "folder")]
    public void ServerFromPath_FileNamePrefixOrNearestFolder_NamesTheServer(string path, string server, string decidedBy)
    {
        Assert.Equal(new ServerAttribution(server, decidedBy), CmdletResolver.ServerFromPath(path, Servers));
    }

    [Theory]
    [InlineData("web.config")]
    [InlineData("EX03/web.config")]
    [InlineData("EX01web.config")]
    public void ServerFromPath_NoKnownServerInThePath_IsNull(string path)
    {
        Assert.Null(CmdletResolver.ServerFromPath(path, Servers));
    }

    [Fact]
    public void TryGetCollectionSignal_TranscriptErrorRecord_IsAFailureOfItsCmdlet()
    {
        var location = DumpLocation.OnLine("t.txt", 70, 1, 10);
        var error = CollectionSignal.ErrorRecord("t.txt", location, "Get-CsOAuthServer", "Cannot find \"OAuthServer\"");

        Assert.True(CmdletResolver.TryGetCollectionSignal(error, DumpEntry.FromText("t.txt", string.Empty), out var signal));
        Assert.Equal(new CollectionSignalInfo("Get-CsOAuthServer", CollectionState.Failed, "Cannot find \"OAuthServer\"", location), signal);
        Assert.Equal((null, null), CmdletResolver.Resolve(error, DumpEntry.FromText("Get-CsOAuthServer.txt", string.Empty)));
    }

    [Fact]
    public void TryGetCollectionSignal_ErrorWithoutCmdlet_TakesItFromTheFileName()
    {
        var error = CollectionSignal.ErrorRecord("x", DumpLocation.WholeFile("x"), null, "boom");

        Assert.True(CmdletResolver.TryGetCollectionSignal(error, DumpEntry.FromText("Get-OwaVirtualDirectory.txt", string.Empty), out var signal));
        Assert.Equal("Get-OwaVirtualDirectory", signal.Cmdlet);
    }

    [Fact]
    public void TryGetCollectionSignal_EmptyResult_IsCollectedEmpty()
    {
        var empty = CollectionSignal.EmptyResult("t.txt", DumpLocation.WholeFile("t.txt"), "Get-CsTrustedApplication");

        Assert.True(CmdletResolver.TryGetCollectionSignal(empty, DumpEntry.FromText("t.txt", string.Empty), out var signal));
        Assert.Equal(CollectionState.CollectedEmpty, signal.State);
    }

    [Fact]
    public void TryGetCollectionSignal_DataObject_IsNotASignal()
    {
        var dump = new DumpObject { SourcePath = "a", Location = DumpLocation.WholeFile("a") };

        Assert.False(CmdletResolver.TryGetCollectionSignal(dump, DumpEntry.FromText("a", string.Empty), out _));
    }
}
