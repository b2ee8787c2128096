using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.FormatList;
using LyncExchange.Analyzer.Formats.FormatTable;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.FormatTable;

public sealed class FormatTableReaderTests
{
    private static readonly FormatTableReader Reader = new();

    public static TheoryData<string> Tables =>
        [.. Directory.EnumerateFiles(Repository.Fixture("formats", "powershell", "ft"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(n => n!)];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Read_EveryRenderedTable_HasOneObjectPerFormatListObjectAndNoParseErrors(string file)
    {
        var cmdlet = file[..file.IndexOf('.')];
        var (rows, diagnostics) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("ft", file));
        var (objects, _) = FixtureFiles.Read(new FormatListReader(), FixtureFiles.PowerShell("fl-wide", cmdlet + ".txt"));

        Assert.DoesNotContain(diagnostics, d => d.Id == "LXA0904");
        Assert.Equal(objects.Count, rows.Count);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Read_CellsNotCut_EqualTheUnwrappedFormatListValues(string file)
    {
        var cmdlet = file[..file.IndexOf('.')];
        var (rows, _) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("ft", file));
        var (objects, _) = FixtureFiles.Read(new FormatListReader(), FixtureFiles.PowerShell("fl-wide", cmdlet + ".txt"));

        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var cell in rows[i].Properties)
            {
                if (cell.Value.IsTruncated || cell.Value.Kind == DumpValueKind.Null || objects[i].Find(cell.Name) is not { } full)
                {
                    continue;
                }

                Assert.Equal(full.Value.AsText(), cell.Value.AsText());
            }
        }
    }

    [Fact]
    public void Read_WrappedTable_JoinsCellFragments()
    {
        var (rows, diagnostics) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("ft", "Get-CsTrustedApplication.wrap.txt"));

        Assert.Empty(diagnostics);
        Assert.Equal(2, rows.Count);
        var gruu = rows[0].Find("ServiceGruu")!.Value;
        Assert.Equal("sip:ex01.contoso.com@contoso.com;gruu;opaque=srvr:outlookwebapp:Xq3vT0b5aE2pLk9WnR4cJgAA", gruu.Text);
        Assert.Equal(4, gruu.Location.Line);
        Assert.Equal(8, gruu.Location.EndLine);
        Assert.Equal("5199", rows[0].Find("Port")!.Value.Text);
    }

    [Fact]
    public void Read_CutCell_IsTruncatedWithItsMark()
    {
        var (rows, _) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("ft", "Get-CsTrustedApplication.autosize.txt"));

        var gruu = rows[0].Find("ServiceGruu")!.Value;
        Assert.True(gruu.IsTruncated);
        Assert.Equal("\u2026", gruu.TruncationMark);
        Assert.Equal("sip:ex01.contoso.c", gruu.Text);
    }

    [Fact]
    public void Read_VerticallyWrappedHeader_GivesTheWholePropertyName()
    {
        var (rows, _) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("ft", "Get-OwaVirtualDirectory.wrap.txt"));

        Assert.Equal(["Identity", "InstantMessagingEnabled", "InstantMessagingType", "InstantMessagingServerName"], rows[0].Properties.Select(p => p.Name));
        Assert.Equal("True", rows[1].Find("InstantMessagingEnabled")!.Value.Text);
        Assert.Equal("pool01.contoso.com", rows[1].Find("InstantMessagingServerName")!.Value.Text);
        Assert.Equal(DumpValueKind.Null, rows[0].Find("InstantMessagingServerName")!.Value.Kind);
    }

    [Fact]
    public void Read_WrappedCollectionWithSpaceOnlyLine_KeepsTheSeparator()
    {
        var (rows, diagnostics) = FixtureFiles.Read(Reader, FixtureFiles.PowerShell("ft", "Get-CASMailbox.wrap.txt"));

        Assert.Empty(diagnostics);
        var addresses = rows[0].Find("EmailAddresses")!.Value;
        Assert.Equal(DumpValueKind.Collection, addresses.Kind);
        Assert.True(addresses.IsTruncated);
        Assert.Equal(["SMTP:kmyer@contoso.com", "smtp:ken.myer@contoso.com", "smtp:kmyer@contoso.mail.onmicrosoft.com", "SIP:kmyer@contoso.com"], addresses.Items.Select(i => i.Text));
    }

    [Fact]
    public void Read_WindowsPowerShell51Cut_IsTruncatedWithThreeDots()
    {
        var text = "\nIdentity                       Port\n--------                       ----\nex01.contoso.com/urn:applic... 5199\n\n";
        var (rows, _) = DumpText.Read(Reader, "a.txt", text);

        var identity = rows[0].Find("Identity")!.Value;
        Assert.True(identity.IsTruncated);
        Assert.Equal("...", identity.TruncationMark);
        Assert.Equal("5199", rows[0].Find("Port")!.Value.Text);
    }
}
