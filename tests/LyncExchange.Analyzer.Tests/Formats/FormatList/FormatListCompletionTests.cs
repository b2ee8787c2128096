using System.Globalization;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.FormatList;
using LyncExchange.Analyzer.Formats.Transcript;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.FormatList;

/// <summary>Format-List beyond the basics: several cmdlets per file, error records, trimmed wraps, hard-wrap cultures.</summary>
public sealed class FormatListCompletionTests
{
    private static readonly FormatListReader Reader = new();

    [Fact]
    public void Read_TwoCmdletsInOneFile_EachObjectHasItsOwnValueColumn()
    {
        var text = "\nRunspaceId : 1\nIdentity   : EX01\\owa (Default Web Site)\n\nIdentity                   : ex01.contoso.com/urn:application:outlookwebapp\nTrustedApplicationPoolFqdn : ex01.contoso.com\n";
        var (objects, diagnostics) = DumpText.Read(Reader, "a.txt", text);

        Assert.Empty(diagnostics);
        Assert.Equal(2, objects.Count);
        Assert.Equal("EX01\\owa (Default Web Site)", objects[0].Find("Identity")!.Value.Text);
        Assert.Equal("ex01.contoso.com", objects[1].Find("TrustedApplicationPoolFqdn")!.Value.Text);
        Assert.Equal("1", objects[0].Find("RunspaceId")!.Value.Text);
    }

    [Fact]
    public void Read_WindowsPowerShellErrorRecord_IsACollectionFailureNotData()
    {
        var text = string.Join('\n',
            "Get-CsOAuthServer : Cannot find \"OAuthServer\" \"microsoft.sts\" because it does not exist.",
            "At line:1 char:1",
            "+ Get-CsOAuthServer microsoft.sts",
            "+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
            "    + CategoryInfo          : ObjectNotFound: (microsoft.sts:String) [Get-CsOAuthSer",
            "   ver], ItemNotFoundException",
            "    + FullyQualifiedErrorId : Microsoft.Rtc.Management.Internal.ObjectNotFound,Get-CsOAuthServer",
            string.Empty);
        var (objects, diagnostics) = DumpText.Read(Reader, "Get-CsOAuthServer.txt", text);

        Assert.Empty(diagnostics);
        var error = Assert.Single(objects);
        Assert.True(CollectionSignal.IsErrorRecord(error));
        Assert.Equal("Get-CsOAuthServer", error.Find("Cmdlet")!.Value.Text);
        Assert.StartsWith("Cannot find \"OAuthServer\"", error.Find("Message")!.Value.Text, StringComparison.Ordinal);
        Assert.Equal("ObjectNotFound: (microsoft.sts:String) [Get-CsOAuthServer], ItemNotFoundException", error.Find("CategoryInfo")!.Value.Text);
        Assert.Equal(1, error.Location.Line);
        Assert.Equal(7, error.Location.EndLine);
    }

    [Fact]
    public void Read_CollectionWrappedWithTrimmedBreakSpaces_KeepsItemSeparators()
    {
        // A console copy whose line ends were trimmed: the word-wrap space after each ',' is gone.
        var thumb = "0123456789ABCDEF0123456789ABCDEF0123";
        var text = "\nServices  : {UserServer:pool01.contoso.com, Registrar:pool01.contoso.com,\n            WebServer:pool01.contoso.com}\nThumbprint: x\nLongValue : " + thumb + thumb[..32] + "\n            ABCDEFGH\n";
        var (objects, _) = DumpText.Read(Reader, "a.txt", text);

        var services = objects[0].Find("Services")!.Value;
        Assert.Equal(["UserServer:pool01.contoso.com", "Registrar:pool01.contoso.com", "WebServer:pool01.contoso.com"], services.Items.Select(i => i.Text));
    }

    [Fact]
    public void Read_HardWrapCulture_ShortLineBeforeContinuationIsAnEmbeddedNewline()
    {
        // nl-NL wraps hard every field width, so only a full line is a wrap.
        var bag = new InputDiagnosticBag();
        var context = new ReaderContext(bag, CultureInfo.GetCultureInfo("nl-NL"), ReaderLimits.Default);
        var full = "Description : " + new string('a', 66);
        var text = "\n" + full + "\n              bbb ccc\nNotes       : first line,\n              second line\n";
        var objects = Reader.Read(DumpEntry.FromText("a.txt", text), context).ToList();

        Assert.Equal(new string('a', 66) + "bbb ccc", objects[0].Find("Description")!.Value.Text);
        Assert.Equal("first line,\nsecond line", objects[0].Find("Notes")!.Value.Text);
    }

    [Fact]
    public void Read_ConciseViewErrorLine_IsAnErrorRecordWithoutParseErrors()
    {
        var (objects, diagnostics) = DumpText.Read(Reader, "a.txt", "Get-CsOAuthServer: Cannot find \"OAuthServer\" \"microsoft.sts\" because it does not exist.\n");

        Assert.Empty(diagnostics);
        Assert.True(CollectionSignal.IsErrorRecord(Assert.Single(objects)));
    }

    [Fact]
    public void Read_LineLongerThanTheLimit_IsReportedAndSkipped()
    {
        var bag = new InputDiagnosticBag();
        var context = new ReaderContext(bag, CultureInfo.GetCultureInfo("en-US"), ReaderLimits.Default with { MaxLineLength = 100 });
        var objects = Reader.Read(DumpEntry.FromText("a.txt", "\nName : x\nPath : " + new string('p', 200) + "\n"), context).ToList();

        Assert.Equal("x", objects[0].Find("Name")!.Value.Text);
        Assert.Null(objects[0].Find("Path"));
        Assert.Contains(bag.ToList(), d => d.Id == "LXA0904" && d.Location.Line == 3);
    }
}
