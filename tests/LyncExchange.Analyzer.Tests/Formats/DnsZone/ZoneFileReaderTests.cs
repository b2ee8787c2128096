using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Model.Dns;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.DnsZone;

public sealed class ZoneFileReaderTests
{
    private static string SyntaxFolder => Repository.Fixture("dns", "syntax");

    public static TheoryData<string> SyntaxFixtures => new()
    {
        "contoso.com.zone",
        "adatum.com.dns",
        "db.0.10.in-addr.arpa",
        "soa-owner-names-zone.txt",
    };

    [Theory]
    [MemberData(nameof(SyntaxFixtures))]
    public void Read_SyntaxFixture_MatchesSnapshot(string file)
    {
        var (records, diagnostics) = ZoneReading.FromDumpSet(SyntaxFolder, file);

        Assert.Empty(diagnostics);
        Approvals.Verify(ZoneReading.Print(records, diagnostics), parameters: file);
    }

    [Fact]
    public void Read_SyntaxErrors_ReportsEachBadRecordAtItsLineAndReadsTheRest()
    {
        var (records, diagnostics) = ZoneReading.FromDumpSet(Repository.Fixture("dns", "hostile"), "syntax-errors.zone");

        Assert.Equal(["broken.example.", "good1.broken.example.", "good2.broken.example.", "good3.broken.example."], records.Select(r => r.Owner.Value));
        Assert.All(diagnostics, d => Assert.Equal(InputDiagnosticIds.ParseError, d.Id));
        Approvals.Verify(ZoneReading.Print(records, diagnostics));
    }

    [Fact]
    public void Read_TtlAndClassInEitherOrder_GiveTheSameRecord()
    {
        var (records, diagnostics) = ZoneReading.FromText("$ORIGIN c.test.\n$TTL 60\na 10 IN A 192.0.2.1\nb IN 10 A 192.0.2.1\nc 10 A 192.0.2.1\nd IN A 192.0.2.1\n");

        Assert.Empty(diagnostics);
        Assert.Equal([10, 10, 10, 60], records.Select(r => r.Ttl));
        Assert.All(records, r => Assert.Equal(DnsClass.IN, r.Class));
    }

    [Theory]
    [InlineData("1h30m", 5400)]
    [InlineData("1W", 604800)]
    [InlineData("2d", 172800)]
    [InlineData("1h30", 3630)]
    [InlineData("0", 0)]
    [InlineData("2147483647", int.MaxValue)]
    public void Read_TtlUnits_AreConvertedToSeconds(string ttl, int seconds)
    {
        var (records, diagnostics) = ZoneReading.FromText($"$ORIGIN c.test.\na {ttl} IN A 192.0.2.1\n");

        Assert.Empty(diagnostics);
        Assert.Equal(seconds, Assert.Single(records).Ttl);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("1x")]
    [InlineData("1h1h1q")]
    public void Read_BadTtl_IsAParseError(string ttl)
    {
        var (records, diagnostics) = ZoneReading.FromText($"$ORIGIN c.test.\na {ttl} IN A 192.0.2.1\n");

        Assert.Empty(records);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(InputDiagnosticIds.ParseError, diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Equal(3, diagnostic.Location.Column);
    }

    [Fact]
    public void Read_RelativeNamesInRdata_AreCompletedWithTheOrigin()
    {
        var (records, _) = ZoneReading.FromText("$ORIGIN contoso.com.\n$TTL 1\n_sip._tls SRV 0 0 443 sip\nmx MX 10 mail\nalias CNAME @\nabs CNAME other.example.\n");

        Assert.Equal(
            ["sip.contoso.com.", "mail.contoso.com.", "contoso.com.", "other.example."],
            records.Select(r => r.Target!.Value.Value));
    }

    [Fact]
    public void Read_BlankOwner_InheritsThePreviousOwnerAcrossOriginChanges()
    {
        var (records, _) = ZoneReading.FromText("$ORIGIN a.test.\n$TTL 1\nhost A 192.0.2.1\n$ORIGIN b.test.\n  A 192.0.2.2\n");

        Assert.All(records, r => Assert.Equal("host.a.test.", r.Owner.Value));
    }

    [Fact]
    public void Read_QuotedStringEscapes_AreDecoded()
    {
        var (records, diagnostics) = ZoneReading.FromText("$ORIGIN c.test.\n$TTL 1\nt TXT \"a\\\"b\" \"c\\\\d\" \"e\\059f\" g\\ h \"semi;colon\" ; comment\n");

        Assert.Empty(diagnostics);
        var text = Assert.IsType<TextData>(Assert.Single(records).Data);
        Assert.Equal(["a\"b", "c\\d", "e;f", "g h", "semi;colon"], text.Strings);
        Assert.Equal("a\"bc\\de;fg hsemi;colon", text.Text);
    }

    [Fact]
    public void Read_EscapedDotInLabel_IsOneLabel()
    {
        var (records, _) = ZoneReading.FromText("$ORIGIN c.test.\n$TTL 1\nfirst\\.last A 192.0.2.1\n");

        var owner = Assert.Single(records).Owner;
        Assert.Equal("first\\.last.c.test.", owner.Value);
        Assert.Equal(3, owner.LabelCount);
        Assert.Equal(DnsName.FromHost("c.test"), owner.Parent);
    }

    [Fact]
    public void Read_ParenthesesAcrossLinesWithComments_AreOneRecord()
    {
        var (records, diagnostics) = ZoneReading.FromText("$ORIGIN c.test.\n@ 60 IN SOA ns ( ; primary\n  host ; mailbox\n  1 ; serial\n  2 3 4 5 )\n");

        Assert.Empty(diagnostics);
        var record = Assert.Single(records);
        Assert.Equal(new SoaData(DnsName.FromHost("ns.c.test"), DnsName.FromHost("host.c.test"), 1, 2, 3, 4, 5), record.Data);
        Assert.Equal(new Text.DumpLocation("contoso.com.zone", 2, 1, 5, 10), record.Location);
    }

    [Fact]
    public void Read_Generate_ExpandsWithOffsetWidthAndBase()
    {
        var (records, diagnostics) = ZoneReading.FromText("$ORIGIN c.test.\n$TTL 1\n$GENERATE 1-3 h${10,3,x} 60 IN CNAME t$.other.example.\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["h00b.c.test. 60 IN CNAME t1.other.example.", "h00c.c.test. 60 IN CNAME t2.other.example.", "h00d.c.test. 60 IN CNAME t3.other.example."], records.Select(r => r.ToZoneLine()));
    }

    [Fact]
    public void Read_GenerateOverTheLimit_GeneratesNothingAndSaysSo()
    {
        var limits = ReaderLimits.Default with { MaxGenerateCount = 10 };
        var (records, diagnostics) = ZoneReading.FromText("$ORIGIN c.test.\n$TTL 1\n$GENERATE 1-11 h$ A 192.0.2.1\nafter A 192.0.2.2\n", limits: limits);

        Assert.Equal("after.c.test.", Assert.Single(records).Owner.Value);
        Assert.Contains("more than the limit of 10", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Rfc3597UnknownType_KeepsTheOctets()
    {
        var (records, diagnostics) = ZoneReading.FromText("$ORIGIN c.test.\n$TTL 1\nx TYPE65534 \\# 3 0A0b0C\ny TYPE65534 \\# 2 0A\n");

        var record = Assert.Single(records);
        Assert.Equal((DnsRecordType)65534, record.Type);
        Assert.Equal(new GenericData(string.Empty, "0a0b0c"), record.Data);
        Assert.Equal("TYPE65534", record.TypeName);
        Assert.Contains("length says 2 octets", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WindowsAgeTag_IsHoursSince1601()
    {
        var (records, _) = ZoneReading.FromText("$ORIGIN c.test.\nh [AGE:3632171] 600 A 192.0.2.1\n");

        Assert.Equal(new DateTime(1601, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(3632171), Assert.Single(records).AgingTimestamp);
    }

    [Fact]
    public void Read_WindowsFileWithoutTtls_UsesTheSoaMinimumAsDefault()
    {
        var text = ";  Database file x.dns for c.test zone.\n@ IN SOA ns host ( 1 2 3 4\n 1200 ) ; default TTL\na 60 A 192.0.2.1\nb A 192.0.2.2\n";
        var (records, diagnostics) = ZoneReading.FromText(text, "x.txt");

        Assert.Empty(diagnostics);
        Assert.Equal([1200, 60, 1200], records.Select(r => r.Ttl));
        Assert.All(records, r => Assert.Equal("c.test.", r.ZoneOrigin.Value));
    }

    [Fact]
    public void Read_BindFileWithoutTtlDirective_UsesTheLastTtl()
    {
        var (records, _) = ZoneReading.FromText("$ORIGIN c.test.\n@ IN SOA ns host 1 2 3 4 1200\na 60 A 192.0.2.1\nb A 192.0.2.2\n");

        Assert.Equal([1200, 60, 60], records.Select(r => r.Ttl));
    }

    [Fact]
    public void Read_RelativeNameWithoutAnyOrigin_IsAParseError()
    {
        var (records, diagnostics) = ZoneReading.FromText("abs.example. 60 IN A 192.0.2.1\nrel 60 IN A 192.0.2.2\n", "notes.txt");

        Assert.Equal("abs.example.", Assert.Single(records).Owner.Value);
        Assert.Contains("no $ORIGIN", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineLongerThanTheLimit_IsReportedAndSkipped()
    {
        var limits = ReaderLimits.Default with { MaxLineLength = 100 };
        var text = "$ORIGIN c.test.\n$TTL 1\n" + new string('a', 500) + " A 192.0.2.1\nok A 192.0.2.2\n";
        var (records, diagnostics) = ZoneReading.FromText(text, limits: limits);

        Assert.Equal("ok.c.test.", Assert.Single(records).Owner.Value);
        Assert.Equal(3, Assert.Single(diagnostics).Location.Line);
    }

    [Fact]
    public void Read_UnclosedParenthesis_IsReportedAtTheOpeningLine()
    {
        var (records, diagnostics) = ZoneReading.FromText("$ORIGIN c.test.\n$TTL 1\nok A 192.0.2.1\nt TXT ( \"a\"\n\"b\"\n");

        Assert.Single(records);
        Assert.Equal(4, Assert.Single(diagnostics).Location.Line);
    }

    [Fact]
    public void Read_CrLfAndUtf16_AreDecoded()
    {
        var text = "$ORIGIN c.test.\r\n$TTL 1\r\nh A 192.0.2.1\r\n";
        var bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(text)).ToArray();
        var bag = new InputDiagnosticBag();
        var records = new LyncExchange.Analyzer.Formats.DnsZone.ZoneFileReader()
            .Read(LyncExchange.Analyzer.Dumps.DumpEntry.FromBytes("u.zone", bytes), ReaderContext.ForTests(bag)).ToList();

        Assert.Empty(bag.ToList());
        Assert.Equal("h.c.test. 1 IN A 192.0.2.1", Assert.Single(records).ToZoneLine());
    }

    [Fact]
    public void Read_Record_HasIdentityAndSource()
    {
        var (records, _) = ZoneReading.FromText("$ORIGIN contoso.com.\n$TTL 1\n_sip._tls SRV 0 0 443 sip\n");

        var record = Assert.Single(records);
        Assert.Equal("DnsRecord:_sip._tls.contoso.com SRV", record.ObjectIdentity);
        Assert.Equal("contoso.com.zone", record.Source.Path);
        Assert.Equal(3, record.Source.Location.Line);
    }
}
