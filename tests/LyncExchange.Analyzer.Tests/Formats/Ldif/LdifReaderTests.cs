using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Formats.Ldif;
using LyncExchange.Analyzer.Tests.Infrastructure;
using static LyncExchange.Analyzer.Tests.Formats.Ldif.LdifFixtures;

namespace LyncExchange.Analyzer.Tests.Formats.Ldif;

public sealed class LdifReaderTests
{
    [Theory]
    [InlineData("litware-3users.ldf")]
    [InlineData("ldifde-ansi.ldf")]
    [InlineData("openldap-utf8.ldif")]
    [InlineData("ranged.ldf")]
    [InlineData("change-records.ldf")]
    [InlineData("malformed.ldf")]
    [InlineData("ldifde-unicode.ldf")]
    public void Read_Fixture_MatchesSnapshot(string fixture)
    {
        var (records, diagnostics) = Records(Bytes(fixture), fixture);

        Approvals.Verify(LdifPrinter.Print(records, diagnostics), parameters: fixture);
    }

    [Fact]
    public void Read_CrlfAndLf_GiveTheSameRecordsAndLocations()
    {
        var lf = Records(Bytes("litware-3users.ldf"));
        var crlf = Records(Bytes("litware-3users.crlf.ldf"));

        Assert.Empty(crlf.Diagnostics);
        Assert.Equal(LdifPrinter.Print(lf.Records, lf.Diagnostics), LdifPrinter.Print(crlf.Records, crlf.Diagnostics));
    }

    [Fact]
    public void Read_FoldAfterSpace_KeepsTheSignificantTrailingSpace()
    {
        var (records, _) = Records(Bytes("litware-3users.ldf"));

        var home = records[0].Attributes.Single(a => a.Name == "msRTCSIP-PrimaryHomeServer");
        Assert.Equal("CN=Lc Services,CN=Microsoft,CN=1:1,CN=Pools,CN=RTC Service,CN=Services,CN=Configuration,DC=litwareinc,DC=com", home.Value.Text);
        Assert.Equal(47, home.Location.Line);
        Assert.Equal(48, home.Location.EndLine);
    }

    [Fact]
    public void Read_Base64Dn_IsDecodedAsUtf8()
    {
        var (records, diagnostics) = Records(Bytes("litware-3users.ldf"));

        Assert.Empty(diagnostics);
        Assert.Equal("CN=Jörg Müller,OU=Users,OU=München,DC=litwareinc,DC=com", records[2].Dn);
        Assert.Equal(" leading space makes ldifde base64-encode this", records[2].Attributes.Single(a => a.Name == "description").Value.Text);
    }

    [Fact]
    public void Read_FoldRightAfterDoubleColon_DecodesTheValue()
    {
        var text = "dn: CN=x\nobjectGUID::\n  Lh9Ka108b06KmwwdLj9KWw==\n";
        var (records, diagnostics) = Records(Utf8(text));

        Assert.Empty(diagnostics);
        var guid = records[0].Attributes.Single();
        Assert.Equal(16, guid.Value.Bytes!.Length);
        Assert.Equal(3, guid.ValueLocation.Line);
        Assert.Equal(3, guid.ValueLocation.Column);
    }

    [Fact]
    public void Read_FoldedComment_IsIgnoredWithItsContinuation()
    {
        var text = "# a comment that\n  continues here\ndn: CN=x\n# inside\n  folded\nmail: x@contoso.com\n";
        var (records, diagnostics) = Records(Utf8(text));

        Assert.Empty(diagnostics);
        Assert.Equal("x@contoso.com", Assert.Single(Assert.Single(records).Attributes).Value.Text);
    }

    [Theory]
    [InlineData("version: 1\ndn: CN=x\nmail: a@b\n")]
    [InlineData("version: 1\n\ndn: CN=x\nmail: a@b\n")]
    [InlineData("\n\n\ndn: CN=x\nmail: a@b\n\n\n\n")]
    [InlineData("dn: CN=x\r\nmail: a@b")]
    public void Read_VersionAndBlankLineVariants_GiveOneRecord(string text)
    {
        var (records, diagnostics) = Records(Utf8(text));

        Assert.Empty(diagnostics);
        Assert.Equal("CN=x", Assert.Single(records).Dn);
    }

    [Fact]
    public void Read_UnknownVersion_IsReportedAndReadAsVersion1()
    {
        var (records, diagnostics) = Records(Utf8("version: 2\ndn: CN=x\n"));

        Assert.Single(records);
        Assert.Equal(InputDiagnosticIds.ParseError, Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Read_AttributeNames_AreCaseInsensitiveButKeptAsWritten()
    {
        var (records, _) = Records(Utf8("DN: CN=x\nMAIL: a@b\nmail: c@d\n"));

        Assert.Equal(["MAIL", "mail"], records[0].Attributes.Select(a => a.Name));
    }

    [Fact]
    public void Read_MalformedFixture_OneDiagnosticPerBrokenRecordAtItsLine()
    {
        var (records, diagnostics) = Records(Bytes("malformed.ldf"));

        Assert.Equal(["CN=Good One,DC=contoso,DC=com", "CN=Good Two,DC=contoso,DC=com", "CN=Good Three,DC=contoso,DC=com", "CN=Good Four,DC=contoso,DC=com", "CN=Good Five,DC=contoso,DC=com", "CN=Good Six,DC=contoso,DC=com"], records.Select(r => r.Dn));
        Assert.All(diagnostics, d => Assert.Equal(InputDiagnosticIds.ParseError, d.Id));
        Assert.Equal([5, 12, 18, 26, 32], diagnostics.Select(d => d.Location.Line));
    }

    [Fact]
    public void Read_UrlValue_IsRecordedAndReportedNeverFollowed()
    {
        var (records, diagnostics) = Records(Utf8("dn: CN=x\njpegPhoto:< file:///etc/passwd\n"));

        var value = Assert.Single(records[0].Attributes).Value;
        Assert.Equal(LdifValueKind.Url, value.Kind);
        Assert.Equal("file:///etc/passwd", value.Text);
        Assert.Equal(2, Assert.Single(diagnostics).Location.Line);
    }

    [Fact]
    public void Read_Windows1252Value_FallsBackAndReportsEncoding()
    {
        var bytes = Utf8("dn: CN=x\ndisplayName: Caf?\n");
        bytes[^2] = 0xE9;
        var (records, diagnostics) = Records(bytes);

        Assert.Equal("Café", records[0].Attributes[0].Value.Text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(InputDiagnosticIds.Encoding, diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.Line);
    }

    [Fact]
    public void Read_LineLongerThanBlock_IsReadWhole()
    {
        var value = new string('a', 200_000);
        var (records, diagnostics) = Records(Utf8("dn: CN=x\ndescription: " + value + "\nmail: a@b\n"));

        Assert.Empty(diagnostics);
        Assert.Equal(value, records[0].Attributes[0].Value.Text);
    }

    [Fact]
    public void Read_ModifyRecord_GroupsValuesBetweenDashes()
    {
        var (records, diagnostics) = Records(Bytes("change-records.ldf"));

        Assert.Equal("jpegPhoto", Assert.Single(diagnostics).Message.Split(':')[0].Trim('\''));
        var modify = records.First(r => r.ChangeType == LdifChangeType.Modify);
        Assert.Equal([LdifModificationKind.Add, LdifModificationKind.Delete, LdifModificationKind.Replace, LdifModificationKind.Delete], modify.Modifications.Select(m => m.Kind));
        Assert.Empty(modify.Modifications[3].Values);
    }

    [Fact]
    public void Read_Stream_DoesNotNeedToSeek()
    {
        var bytes = Bytes("ldifde-ansi.ldf");
        var bag = new InputDiagnosticBag();
        using var stream = new ForwardOnlyStream(bytes);

        var records = LdifReader.Read(stream, "a.ldf", bag, LyncExchange.Analyzer.Formats.ReaderLimits.Default).ToList();

        Assert.Equal(4, records.Count);
    }

    /// <summary>A stream that reads a few bytes at a time and cannot seek, as an archive entry or a pipe.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 7), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
