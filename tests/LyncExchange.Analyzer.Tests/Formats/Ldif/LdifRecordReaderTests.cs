using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.Ldif;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Tests.Infrastructure;
using static LyncExchange.Analyzer.Tests.Formats.Ldif.LdifFixtures;

namespace LyncExchange.Analyzer.Tests.Formats.Ldif;

public sealed class LdifRecordReaderTests
{
    [Theory]
    [InlineData("litware-3users.ldf")]
    [InlineData("ldifde-ansi.ldf")]
    [InlineData("openldap-utf8.ldif")]
    [InlineData("ranged.ldf")]
    [InlineData("change-records.ldf")]
    public void ReadObjects_Fixture_MatchesSnapshot(string fixture)
    {
        var (objects, diagnostics) = Objects(Bytes(fixture), fixture);

        Approvals.Verify(LdifPrinter.Print(objects, diagnostics), parameters: fixture);
    }

    [Fact]
    public void ReadObjects_ThreeUserSample_TypesTheIntegrationAttributes()
    {
        var (objects, diagnostics) = Objects(Bytes("litware-3users.ldf"));

        Assert.Empty(diagnostics);
        var (ken, pilar, joerg) = (objects[0], objects[1], objects[2]);
        Assert.Equal(MailboxLocation.Exchange2013, ken.MailboxLocation);
        Assert.Equal(UserHome.OnPremises, ken.Home);
        Assert.Equal(new Guid("6b4a1f2e-3c5d-4e6f-8a9b-0c1d2e3f4a5b"), ken.ObjectGuid);
        Assert.StartsWith("S-1-5-21-", ken.ObjectSid, StringComparison.Ordinal);
        Assert.Equal(MailboxLocation.ExchangeOnline, pilar.MailboxLocation);
        Assert.Equal(UserHome.Online, pilar.Home);
        Assert.True(joerg.IsAccountDisabled);
        Assert.False(joerg.LyncEnabled);
        Assert.Equal("user:CN=Jörg Müller,OU=Users,OU=München,DC=litwareinc,DC=com", joerg.ObjectIdentity);
        Assert.Equal("sip:joerg.mueller@litwareinc.com", Assert.Single(joerg.SipProxies).Sip!.Normalized);
        Assert.NotEqual(joerg.PrimaryUserAddress, Assert.Single(joerg.SipProxies).Sip);
        Assert.Equal([18, 19, 20, 21], ken.Locations.All(DirectoryAttribute.ProxyAddresses).Select(l => l.Line));
    }

    [Fact]
    public void ReadObjects_ChangeRecords_AreAppliedToEarlierEntries()
    {
        var (objects, diagnostics) = Objects(Bytes("change-records.ldf"));

        Assert.Equal(2, objects.Count);
        var ken = objects[0];
        Assert.Equal(["SMTP:ken@contoso.com", "SIP:ken@contoso.com"], ken.ProxyAddresses.Select(p => p.Text));
        Assert.Equal([6, 24], ken.Locations.All(DirectoryAttribute.ProxyAddresses).Select(l => l.Line));
        Assert.True(ken.LyncEnabled);
        Assert.Null(ken.Mail);
        Assert.Equal("CN=Pilar Ackerman-Ruiz,OU=Sales,DC=contoso,DC=com", objects[1].DistinguishedName.Text);
        var notApplicable = Assert.Single(diagnostics, d => d.Id == InputDiagnosticIds.UnknownProperty);
        Assert.Equal(46, notApplicable.Location.Line);
    }

    [Fact]
    public void ReadObjects_RangedAttribute_IsTruncatedWithOneDiagnosticPerAttribute()
    {
        var (objects, diagnostics) = Objects(Bytes("ranged.ldf"));

        Assert.True(objects[0].Source.IsTruncated("member"));
        Assert.False(objects[1].Source.IsTruncated("proxyAddresses"));
        Assert.Equal(2, objects[1].ProxyAddresses.Count);
        Assert.True(objects[2].Source.IsTruncated("proxyAddresses"));
        Assert.Empty(objects[2].ProxyAddresses);
        Assert.Equal([5, 20], diagnostics.Where(d => d.Id == InputDiagnosticIds.Truncated).Select(d => d.Location.Line));
    }

    [Fact]
    public void ReadObjects_BadTypedValue_IsReportedAtItsLineAndTheEntryKept()
    {
        var text = "dn: CN=x,DC=contoso,DC=com\nobjectClass: user\nmsRTCSIP-UserEnabled: yes\nmsRTCSIP-PrimaryUserAddress: kenmyer\nproxyAddresses: nocolon\nproxyAddresses: SMTP:broken\nhomeMDB: not a dn\n";
        var (objects, diagnostics) = Objects(Utf8(text));

        var user = Assert.Single(objects);
        Assert.Null(user.LyncEnabled);
        Assert.Null(user.PrimaryUserAddress);
        Assert.False(Assert.Single(user.ProxyAddresses).IsWellFormed);
        Assert.False(user.HomeMdb!.IsWellFormed);
        Assert.Equal([3, 4, 5, 6, 7], diagnostics.Select(d => d.Location.Line));
        Assert.All(diagnostics, d => Assert.Equal(InputDiagnosticIds.ParseError, d.Id));
    }

    [Fact]
    public void ReadRecords_ThroughTheRegistry_ReadsADumpEntry()
    {
        var reader = ReaderRegistry.RecordReaderFor(DumpFormat.Ldif)!;
        var bag = new InputDiagnosticBag();

        var records = reader.ReadRecords(DumpEntry.FromBytes("users.ldf", Bytes("ldifde-unicode.ldf")), ReaderContext.ForTests(bag)).ToList();

        var user = Assert.IsType<DirectoryObject>(Assert.Single(records));
        Assert.Equal("Jörg Müller", user.DisplayName);
        Assert.Empty(bag.ToList());
    }

    [SharedFact]
    public void ReadObjects_RealWorldLdif_ReadsWithoutParseErrors()
    {
        var folder = Path.Combine(SharedFactAttribute.SharedFolder!, "realworld", "ldif");
        var counts = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var entry = DumpEntry.FromBytes(relative, File.ReadAllBytes(file));
            var format = FormatDetector.Detect(entry).Format;
            if (format != DumpFormat.Ldif)
            {
                counts.Add($"{relative}: {format}");
                continue;
            }

            var (objects, diagnostics) = Objects(File.ReadAllBytes(file), relative);
            Assert.DoesNotContain(diagnostics, d => d.Id == InputDiagnosticIds.ParseError);
            counts.Add($"{relative}: {objects.Count} entries, {string.Join(", ", diagnostics.Select(d => d.Id))}");
        }

        Assert.Equal(
            """
            microsoft__CSS-Exchange/ldif.err: Unknown
            openchange__openchange/oc_provision_configuration_new_server.ldif: 5 entries, LXA0902
            openchange__openchange/oc_provision_configuration_org.ldif: 95 entries, LXA0902
            """,
            string.Join("\n", counts));
    }
}
