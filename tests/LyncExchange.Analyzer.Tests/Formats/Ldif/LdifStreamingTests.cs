using System.Text;
using CsCheck;
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
    [InlineData("dn: CN=a,DC=x,DC=com\r\nchangetype: add\r\ncn: a\r\n", false)]
    [InlineData("dn: CN=a,DC=x,DC=com\nchangetype: add", false)]
    [InlineData("dn: CN=a,DC=x,DC=com\nchangetype: ad\n d\ncn: a\n", false)]
    [InlineData("dn: CN=a,DC=x,DC=com\nchangety\n pe: modify\n", true)]
    [InlineData("dn: CN=a,DC=x,DC=com\r\nchange\r\n type: delete\r\n", true)]
    [InlineData("dn: CN=a,DC=x,DC=com\nChangeType: Modify\n", true)]
    [InlineData("dn: CN=a,DC=x,DC=com\nchangetype:: bW9kaWZ5\n", true)]
    [InlineData("dn: CN=a,DC=x,DC=com\nchangetype: address\n", true)]
    [InlineData("dn: CN=a,DC=x,DC=com\nchangetype:\n", true)]
    [InlineData("dn: CN=a,DC=x,DC=com\nchange\ntype: modify\n", false)]
    public void HasChangeRecords_FindsAnyChangeOtherThanAdd(string ldif, bool expected)
    {
        Assert.Equal(expected, LdifRecordReader.HasChangeRecords(DumpEntry.FromText("a.ldf", ldif)));
    }

    /// <summary>
    /// Whatever the folding width, line ends and case, a file whose records the reader sees as changes is never taken
    /// for a plain export (it would then stream and could not apply them).
    /// </summary>
    [Fact]
    public void HasChangeRecords_AnyFoldingOfAChangeRecord_IsSeen()
    {
        var records = Gen.Select(
            Gen.OneOf("modify", "delete", "modrdn", "moddn", "Modify", "DELETE"),
            Gen.OneOf("changetype", "ChangeType", "CHANGETYPE"),
            Gen.Int[2, 40],
            Gen.Bool,
            (change, name, width, crlf) =>
            {
                var newline = crlf ? "\r\n" : "\n";
                string[] body = change.ToLowerInvariant() switch
                {
                    "modify" => ["replace: mail", "mail: b@contoso.com", "-"],
                    "delete" => [],
                    _ => ["newrdn: CN=b", "deleteoldrdn: 1"],
                };
                string[] lines = ["dn: CN=a,DC=contoso,DC=com", "changetype: add", "cn: a", string.Empty, "dn: CN=a,DC=contoso,DC=com", $"{name}: {change}", .. body];
                return string.Concat(lines.Select(line => Fold(line, width, newline) + newline));
            });
        records.Sample(text =>
        {
            var (parsed, _) = LdifFixtures.Records(Encoding.UTF8.GetBytes(text));
            Assert.Contains(parsed, r => r.ChangeType is not LdifChangeType.Content and not LdifChangeType.Add);
            Assert.True(LdifRecordReader.HasChangeRecords(DumpEntry.FromText("a.ldf", text)), text);
        }, iter: 2000);
    }

    private static string Fold(string line, int width, string newline)
    {
        if (line.Length <= width)
        {
            return line;
        }

        var folded = new StringBuilder(line[..width]);
        for (var at = width; at < line.Length; at += width - 1)
        {
            folded.Append(newline).Append(' ').Append(line.AsSpan(at, Math.Min(width - 1, line.Length - at)));
        }

        return folded.ToString();
    }

    [Fact]
    public void HasChangeRecords_SeesAMarkerSplitAcrossReadBuffers()
    {
        var padding = new string('#', (1 << 16) - 20) + "\n";
        Assert.True(LdifRecordReader.HasChangeRecords(DumpEntry.FromText("a.ldf", padding + "dn: CN=a,DC=x,DC=com\nchangetype: modify\nreplace: mail\nmail: a@x.com\n-\n")));
    }
}
