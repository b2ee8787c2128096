using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.Ldif;

namespace LyncExchange.Analyzer.Tests.Formats.Ldif;

/// <summary>Plain exports stream; files with change records are read whole so a later modify still applies.</summary>
public sealed class LdifStreamingTests
{
    [Theory]
    [InlineData("dn: CN=a,DC=x,DC=com\nchangetype: add\ncn: a\n\ndn: CN=b,DC=x,DC=com\nchangetype: add\ncn: b\n", false)]
    [InlineData("dn: CN=a,DC=x,DC=com\ncn: a\n", false)]
    [InlineData("dn: CN=a,DC=x,DC=com\nchangetype: add\ncn: a\n\ndn: CN=a,DC=x,DC=com\nchangetype: modify\nreplace: mail\nmail: a@x.com\n-\n", true)]
    [InlineData("dn: CN=a,DC=x,DC=com\r\nchangetype: delete\r\n", true)]
    [InlineData("dn: CN=a,DC=x,DC=com\nchangetype:ADD\ncn: a\n", false)]
    public void HasChangeRecords_FindsAnyChangeOtherThanAdd(string ldif, bool expected)
    {
        Assert.Equal(expected, LdifRecordReader.HasChangeRecords(DumpEntry.FromText("a.ldf", ldif)));
    }

    [Fact]
    public void HasChangeRecords_SeesAMarkerSplitAcrossReadBuffers()
    {
        var padding = new string('#', (1 << 16) - 20) + "\n";
        Assert.True(LdifRecordReader.HasChangeRecords(DumpEntry.FromText("a.ldf", padding + "dn: CN=a,DC=x,DC=com\nchangetype: modify\nreplace: mail\nmail: a@x.com\n-\n")));
    }
}
