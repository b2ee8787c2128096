using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.DnsZone;

namespace LyncExchange.Analyzer.Tests.Formats.DnsZone;

/// <summary>The cheap scan for <c>$INCLUDE</c> targets finds the directive wherever the block reads cut it, in any case.</summary>
public sealed class ZoneIncludeScanTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(65_530)]
    [InlineData(65_533)]
    [InlineData(65_536)]
    [InlineData(131_070)]
    public void IncludeTargets_DirectiveAtAnyOffset_IsFound(int padding)
    {
        var text = new string(' ', padding) + "\n$include sub/child.zone child\n";

        Assert.Equal(["sub/child.zone"], ZoneFileReader.IncludeTargets(DumpEntry.FromText("contoso.com.zone", text)));
    }

    [Theory]
    [InlineData("host IN TXT \"$5 $INCLUD\"\n")]
    [InlineData("; no directive here $\n@ IN A 10.0.0.1\n")]
    [InlineData("host IN TXT \"mentions $INCLUDE x inside a string\"\n")]
    public void IncludeTargets_NoDirectiveAtALineStart_IsEmpty(string text) =>
        Assert.Empty(ZoneFileReader.IncludeTargets(DumpEntry.FromText("contoso.com.zone", text)));
}
