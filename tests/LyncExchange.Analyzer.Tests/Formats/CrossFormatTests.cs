using LyncExchange.Analyzer.Formats.Clixml;
using LyncExchange.Analyzer.Formats.FormatList;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats;

/// <summary>The same objects dumped two ways read the same at the DumpObject level (typed equality is the binders' test).</summary>
public sealed class CrossFormatTests
{
    [Fact]
    public void Read_OwaVirtualDirectoryAsFormatListAndClixml_SameNamesAndImValues()
    {
        var (list, _) = FixtureFiles.Read(new FormatListReader(), FixtureFiles.PowerShell("fl", "Get-OwaVirtualDirectory.txt"));
        var (clixml, _) = FixtureFiles.Read(new ClixmlReader(), FixtureFiles.PowerShell("clixml", "Get-OwaVirtualDirectory.xml"));

        Assert.Equal(list.Count, clixml.Count);
        for (var i = 0; i < list.Count; i++)
        {
            Assert.Equal(list[i].Properties.Select(p => p.Name).Order(StringComparer.Ordinal), clixml[i].Properties.Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal(list[i].Find("Identity")!.Value.Text, clixml[i].Find("Identity")!.Value.AsText());
            Assert.Equal(list[i].Find("InstantMessagingType")!.Value.Text, clixml[i].Find("InstantMessagingType")!.Value.Text);
            Assert.Equal(bool.Parse(list[i].Find("InstantMessagingEnabled")!.Value.Text!), bool.Parse(clixml[i].Find("InstantMessagingEnabled")!.Value.Text!));
            Assert.Equal(list[i].Find("InstantMessagingServerName")!.Value.Text ?? string.Empty, clixml[i].Find("InstantMessagingServerName")!.Value.Text ?? string.Empty);
        }
    }
}
