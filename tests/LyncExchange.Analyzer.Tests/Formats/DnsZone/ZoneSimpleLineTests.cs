using System.Globalization;
using System.Text;
using CsCheck;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.DnsZone;
using LyncExchange.Analyzer.Model.Dns;
using LyncExchange.Analyzer.Text;
using LyncExchange.Analyzer.Tests.Formats.DnsZone.Generated;

namespace LyncExchange.Analyzer.Tests.Formats.DnsZone;

/// <summary>
/// The simple-line fast path reads every file exactly as the general tokenizer and record parser do: the same records
/// (every field, location and aging stamp), in the same order, and the same diagnostics.
/// </summary>
public sealed class ZoneSimpleLineTests
{
    private static readonly ZoneFileReader Fast = new();
    private static readonly ZoneFileReader General = new(simpleLines: false);

    private static readonly Gen<string> Blank = Gen.OneOf(Gen.Const(" "), Gen.Const("\t"), Gen.Const("  "), Gen.Const(" \t"), Gen.Const("\t\t"), Gen.Const("\f"));

    private static readonly Gen<string> Owner = Gen.OneOf(
        Gen.Const("@"), Gen.Const("host1"), Gen.Const("Host1"), Gen.Const("*.wild"), Gen.Const("_sip._tls"), Gen.Const("a-b.sub"),
        Gen.Const("x.example."), Gen.Const("other.com."), Gen.Const("a..b"), Gen.Const("123"), Gen.Const("zoë"), Gen.Const("_sip._tls.@"),
        Gen.Const("[AGE:5]"), Gen.Const("IN"), Gen.Const("A"), Gen.Const(new string('l', 64)), Gen.String[Gen.Char["abc.-_*1"], 1, 6]);

    private static readonly Gen<string> Prefix = Gen.OneOf(
        Gen.Const("[AGE:3636525]"), Gen.Const("[age:1]"), Gen.Const("[AGE:]"), Gen.Const("[AGE:99999999999999999]"), Gen.Const("[x]"),
        Gen.Const("600"), Gen.Const("1h"), Gen.Const("1d2h"), Gen.Const("0"), Gen.Const("99999999999"), Gen.Const("1x"), Gen.Const("3600S"),
        Gen.Const("IN"), Gen.Const("in"), Gen.Const("CH"), Gen.Const("HS"), Gen.Const("CS"));

    private static readonly Gen<string> Type = Gen.OneOf(
        Gen.Const("A"), Gen.Const("a"), Gen.Const("AAAA"), Gen.Const("CNAME"), Gen.Const("cname"), Gen.Const("MX"), Gen.Const("SRV"), Gen.Const("TXT"),
        Gen.Const("NS"), Gen.Const("PTR"), Gen.Const("DNAME"), Gen.Const("SPF"), Gen.Const("HINFO"), Gen.Const("TYPE1"), Gen.Const("TYPE33"),
        Gen.Const("BOGUS"), Gen.Const("CAA"), Gen.Const("SOA"), Gen.Const("WINS"));

    private static readonly Gen<string> Rdata = Gen.OneOf(
        Gen.Const("10.0.0.1"), Gen.Const("192.0.2.300"), Gen.Const("1.2.3"), Gen.Const("010.1.1.1"), Gen.Const("::1"), Gen.Const("2001:db8::1"),
        Gen.Const("fe80::1%4"), Gen.Const("::ffff:10.0.0.1"), Gen.Const("10"), Gen.Const("65535"), Gen.Const("65536"), Gen.Const("0"), Gen.Const("-1"),
        Gen.Const("host"), Gen.Const("dc5"), Gen.Const("host.example."), Gen.Const("Mail3.Big.Example."), Gen.Const(".."), Gen.Const("@"),
        Gen.Const("*"), Gen.Const("v=spf1"), Gen.Const("-all"), Gen.Const("sipdir.online.lync.com."), Gen.Const("."), Gen.Const("zoë"),
        Gen.Const("ns1"), Gen.Const("[AGE:1]"));

    /// <summary>A record line the fast path may take, with the spacing and fields real exports have and some they should not.</summary>
    private static readonly Gen<string> RecordLine =
        Gen.Select(Gen.Bool, Owner, Blank, Prefix.Array[0, 3], Type, Rdata.Array[0, 5], Gen.OneOf(Gen.Const(""), Gen.Const("\r"), Gen.Const("  "), Gen.Const("\t\r")))
            .Select((blankOwner, owner, blank, prefix, type, rdata, end) =>
            {
                var fields = new List<string>(prefix) { type };
                fields.AddRange(rdata);
                return (blankOwner ? blank : owner + blank) + string.Join(blank, fields) + end;
            });

    /// <summary>Lines only the general path reads, so the two paths meet every kind of state change between simple lines.</summary>
    private static readonly Gen<string> OtherLine = Gen.OneOf(
        Gen.Const("$TTL 300"), Gen.Const("$ORIGIN sub.contoso.com."), Gen.Const("$ORIGIN contoso.com."), Gen.Const("; a comment"), Gen.Const(""),
        Gen.Const("   "), Gen.Const("@ IN SOA ns1 hostmaster ( 1 3600 600 86400 300 )"), Gen.Const("txt IN TXT \"quoted \\\"x\\\"\" \\059"),
        Gen.Const("grp IN TXT ( \"a\"\n\t\"b\" ) ; comment"), Gen.Const("host9 IN A 10.0.0.9 ; trailing"), Gen.Const("esc\\.aped IN A 10.0.0.1"),
        Gen.Const(")"), Gen.Const("$GENERATE 1-3 gen$ A 10.0.0.$"), Gen.Const("$BOGUS x"));

    /// <summary>RDATA fields for entries with quotes: strings with every escape, and some the general path refuses.</summary>
    private static readonly Gen<string> QuotedRdata = Gen.OneOf(
        Gen.Const("\"v=spf1 ip4:10.0.0.0/8 \\\"quoted\\\" \\059 -all\""), Gen.Const("\"a b\""), Gen.Const("\"\""), Gen.Const("\"back\\\\slash\""),
        Gen.Const("\"\\300\""), Gen.Const("\"\\1\""), Gen.Const("\"\\12x\""), Gen.Const("\"semi;colon\""), Gen.Const("\"(paren)\""), Gen.Const("\"$dollar\""),
        Gen.Const("\"zoë \\255\""), Gen.Const("\"ends\\\""), Gen.Const("\"open"), Gen.Const("\"10.0.0.1\""), Gen.Const("\"host\""), Gen.Const("plain"),
        Gen.Const("esc\\.aped"), Gen.Const("$x"), Gen.String[Gen.Char["ab \\\"1;"], 0, 8].Select(text => "\"" + text + "\""));

    /// <summary>What separates two fields inside a group: blanks, a line break, a comment and a line break.</summary>
    private static readonly Gen<string> GroupSeparator = Gen.OneOf(
        Gen.Const(" "), Gen.Const("\n\t"), Gen.Const("\n"), Gen.Const(" ; inner comment\n\t"), Gen.Const("\n; whole-line comment\n\t"), Gen.Const("\n\n  "),
        Gen.Const(" ( "), Gen.Const(" ) "), Gen.Const("\n\t)\n\t("), Gen.Const("\"\""));

    private static readonly Gen<string> Trailer = Gen.OneOf(
        Gen.Const(""), Gen.Const(" ; comment"), Gen.Const("\t;"), Gen.Const(" ;; two"), Gen.Const(" ; \"quote in comment"), Gen.Const("\r"), Gen.Const(" ) "));

    /// <summary>
    /// A record with quoted strings, a trailing comment and, maybe, its fields grouped in parentheses over lines: the
    /// shapes the field fast path takes, with the mistakes (unbalanced groups, unclosed quotes, bad escapes) it must not.
    /// </summary>
    private static readonly Gen<string> GroupedEntry =
        Gen.Select(Gen.Bool, Owner, Prefix.Array[0, 2], Type, Gen.Frequency((3, QuotedRdata), (1, Rdata)).Array[0, 4], Gen.Int[-1, 4], GroupSeparator.Array[5], Gen.Select(Gen.Int[0, 9], Trailer))
            .Select((blankOwner, owner, prefix, type, rdata, groupAt, separators, end) =>
            {
                var (close, trailer) = end;
                var fields = new List<string>(prefix) { type };
                fields.AddRange(rdata);
                var text = new StringBuilder(blankOwner ? "\t" : owner + " ");
                for (var i = 0; i < fields.Count; i++)
                {
                    var inGroup = groupAt >= 0 && i > groupAt;
                    text.Append(i == 0 ? string.Empty : inGroup ? separators[i % separators.Length] : " ");
                    if (i == groupAt)
                    {
                        text.Append("( ");
                    }

                    text.Append(fields[i]);
                }

                // Mostly closed, on the last field's line or one of its own; sometimes never closed.
                text.Append(groupAt < 0 || close == 0 ? string.Empty : close < 4 ? " )" : close < 8 ? "\n\t)" : "\n)\n");
                return text.Append(trailer).ToString();
            });

    private static readonly Gen<string> Head = Gen.OneOf(
        Gen.Const(""), Gen.Const("$ORIGIN contoso.com.\n"), Gen.Const("$TTL 1h\n"), Gen.Const("$ORIGIN contoso.com.\n$TTL 1h\n"),
        Gen.Const(";\n;  Database file contoso.com.dns for contoso.com zone.\n;\n"),
        Gen.Const("@ IN SOA ns1 hostmaster ( 1 3600 600 86400 300 )\n"));

    private static readonly Gen<string> FileName = Gen.OneOf(Gen.Const("contoso.com.dns"), Gen.Const("db.contoso.com"), Gen.Const("zone.txt"));

    [Fact]
    public void Read_GeneratedLines_SameRecordsAndDiagnosticsAsTheGeneralPath() =>
        Gen.Select(FileName, Head, Gen.Frequency((4, RecordLine), (1, OtherLine)).Array[1, 30])
            .Sample((fileName, head, lines) => AssertSameAsGeneral(fileName, head + string.Join('\n', lines) + "\n"), iter: 3000);

    [Fact]
    public void Read_GeneratedQuotedCommentedAndGroupedEntries_SameAsTheGeneralPathAndAnsweredInPlace()
    {
        long fast = 0, overLines = 0, records = 0;
        Gen.Select(FileName, Head, Gen.Frequency((3, GroupedEntry), (2, RecordLine), (1, OtherLine)).Array[1, 20])
            .Sample((fileName, head, lines) =>
            {
                var (read, fastRead, fastOverLines) = AssertSameAsGeneral(fileName, head + string.Join('\n', lines) + "\n");
                records += read;
                fast += fastRead;
                overLines += fastOverLines;
            }, iter: 3000, threads: 1);

        // The shapes are really read in place, not merely handed back to the general path.
        Assert.True(fast > records / 4, $"fast path answered {fast} of {records} records");
        Assert.True(overLines > 50, $"fast path answered {overLines} records written over lines");
    }

    [Theory]
    [InlineData("host3 IN TXT ( \"v=spf1 ip4:10.0.0.0/8 \\\"quoted\\\" \\059 -all\"\n\t\"second string 1525286\" ) ; comment", 2)]
    [InlineData("host3 IN TXT \"a\" \"b c\" ; comment", 1)]
    [InlineData("host9 IN A 10.0.0.9 ; trailing", 1)]
    [InlineData("host9 IN MX ( 10\n mail ) ; trailing", 2)]
    [InlineData("host9 IN TXT (\n\"a\" ; one\n\n\"b\" ; two\n)\n", 5)]
    [InlineData("\tSPF \"v=spf1 \\\\ -all\"", 1)]
    public void Read_QuotedCommentedAndGroupedRecords_AreAnsweredInPlaceAsTheGeneralPathReadsThem(string entry, int lines)
    {
        var text = "$ORIGIN contoso.com.\n$TTL 60\nprev A 10.0.0.1\n" + entry + "\n";
        var (records, fast, overLines) = AssertSameAsGeneral("zone.txt", text);

        Assert.Equal(2, records);
        Assert.Equal(2, fast);
        Assert.Equal(lines > 1 ? 1 : 0, overLines);
    }

    [Theory]
    [InlineData("host IN TXT ( \"a\"\n\"b\"\n")]
    [InlineData("host IN TXT ( \"a\"\n\"unclosed\n)\n")]
    [InlineData("host IN TXT ( \"a\" ) )\n")]
    [InlineData("host IN TXT ( \"\\300\"\n)\n")]
    [InlineData("host IN SOA ns1 hostmaster (\n 1 ; serial\n 3600 600 86400 300 )\nnext TXT \"x\"\n")]
    [InlineData("host IN TXT ( \"a\"\n$ORIGIN x.\n)\n")]
    [InlineData("(\n host A 10.0.0.1 )\n")]
    [InlineData("host A \"10.0.0.1\"\n")]
    [InlineData("\"host\" A 10.0.0.1\n")]
    public void Read_GroupsAndQuotesTheFastPathRefuses_SameAsTheGeneralPath(string entry) =>
        AssertSameAsGeneral("zone.txt", "$ORIGIN contoso.com.\n$TTL 60\n" + entry);

    [Theory]
    [InlineData("contoso.com.dns", "host1 [AGE:3636525] 600 A 10.0.0.1\n\t\t600\tA\t10.0.0.2\r\n")]
    [InlineData("contoso.com.dns", "@ IN SOA ns1 hostmaster ( 1 3600 600 86400 300 )\nhost [AGE:3636525] A 10.0.0.1\n")]
    [InlineData("zone.txt", "$ORIGIN contoso.com.\nhost A 10.0.0.1\n")]
    [InlineData("zone.txt", "$ORIGIN contoso.com.\n$TTL 60\n_sip._tls 600 IN SRV 0 100 443 sip\n  IN MX 10 mail\n  TXT v=spf1 -all\n")]
    [InlineData("zone.txt", "$ORIGIN contoso.com.\n$TTL 60\nhost IN A 10.0.0.1 10.0.0.2\nhost IN AAAA fe80::1%4\nhost 1x A 10.0.0.1\n")]
    public void Read_TypicalAndBrokenLines_SameAsTheGeneralPath(string fileName, string text) =>
        AssertSameAsGeneral(fileName, text);

    [Theory]
    [InlineData("host1 [AGE:3636525] 600 A 10.0.0.1", false)]
    [InlineData("\t\t600\tA\t10.0.0.2", true)]
    [InlineData("_ldap._tcp.site1._sites.host1 [AGE:3636525] 600 SRV 0 100 389 dc1", false)]
    [InlineData("host2 1d IN AAAA 2001:db8::b3ac", false)]
    [InlineData("alias10 IN 300 CNAME host5", false)]
    [InlineData("host4 IN MX 10 mail4.big.example.", false)]
    [InlineData("host4 TXT v=spf1 -all", false)]
    public void TryReadSimpleRecord_CommonLines_AreAnsweredInPlace(string line, bool ownerBlank)
    {
        var state = SimpleState();
        state.TryReadSimpleRecord("prev A 10.0.0.9", ownerBlank: false, DumpLocation.None, out _);

        Assert.True(state.TryReadSimpleRecord(line, ownerBlank, DumpLocation.None, out var record));
        Assert.Equal(DnsName.FromHost("contoso.com"), record.ZoneOrigin);
    }

    [Theory]
    [InlineData("host IN SOA ns1 hostmaster 1 2 3 4 5")]
    [InlineData("host IN A 10.0.0.1 10.0.0.2")]
    [InlineData("host 1x A 10.0.0.1")]
    [InlineData("a..b A 10.0.0.1")]
    [InlineData("host IN CAA 0 issue ca")]
    public void TryReadSimpleRecord_OtherTypesAndErrors_AreLeftToTheGeneralPathWithoutChangingState(string line)
    {
        var state = SimpleState();

        Assert.False(state.TryReadSimpleRecord(line, ownerBlank: false, DumpLocation.None, out _));
        Assert.Null(state.ZoneName);
        Assert.False(state.TryReadSimpleRecord("\tA 10.0.0.1", ownerBlank: true, DumpLocation.None, out _));
    }

    [Fact]
    public void Read_GeneratedLargeZone_SameAsTheGeneralPathAcrossBlockBoundaries()
    {
        using var stream = new MemoryStream();
        LargeZoneGenerator.Write(stream, 600_000);
        AssertSameAsGeneral("big.example.dns", Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static (int Records, long Fast, long FastOverLines) AssertSameAsGeneral(string fileName, string text)
    {
        var (fastRecords, fastDiagnostics, state) = Read(Fast, fileName, text);
        var (generalRecords, generalDiagnostics, generalState) = Read(General, fileName, text);
        Assert.Equal(0, generalState.FastRecords);

        Assert.Equal(generalDiagnostics, fastDiagnostics);
        Assert.Equal(generalRecords.Count, fastRecords.Count);
        for (var i = 0; i < generalRecords.Count; i++)
        {
            // Record equality covers owner, TTL, class, type, RDATA, zone, file, location and aging stamp.
            Assert.Equal(generalRecords[i], fastRecords[i]);
        }

        return (fastRecords.Count, state.FastRecords, state.FastRecordsOverLines);
    }

    private static ZoneReadState SimpleState()
    {
        var context = new ReaderContext(new InputDiagnosticBag(), CultureInfo.InvariantCulture, ReaderLimits.Default);
        return new ZoneReadState(DumpEntry.FromText("zone.txt", string.Empty), context) { Origin = DnsName.FromHost("contoso.com"), DefaultTtl = 3600 };
    }

    private static (List<ResourceRecord> Records, List<string> Diagnostics, ZoneReadState State) Read(ZoneFileReader reader, string fileName, string text)
    {
        var bag = new InputDiagnosticBag();
        var context = new ReaderContext(bag, CultureInfo.InvariantCulture, ReaderLimits.Default);
        var records = reader.Read(DumpEntry.FromText(fileName, text), context, out var state).ToList();
        return (records, [.. bag.ToList().Select(d => $"{d.Location}: {d.Id}: {d.Message}")], state);
    }
}
