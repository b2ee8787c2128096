using System.Text;
using CsCheck;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.Ldif;
using LyncExchange.Analyzer.Model.Directory;

namespace LyncExchange.Analyzer.Tests.Formats.Ldif;

/// <summary>
/// The typed reader's fast paths (values it does not keep are checked and dropped, the photo only measured, names
/// looked up on their bytes) are held to the reference path that decodes every value into an <see cref="LdifAttribute"/>:
/// for any export, good or broken, both give the same objects and the same diagnostics at the same locations.
/// </summary>
public sealed class LdifFastPathDifferentialTests
{
    private static readonly string[] Names =
    [
        "objectClass", "OBJECTCLASS", "mail", "Mail", "userPrincipalName", "sAMAccountName", "displayName", "proxyAddresses",
        "ProxyAddresses", "msRTCSIP-PrimaryUserAddress", "msRTCSIP-UserEnabled", "msRTCSIP-PrimaryHomeServer",
        "msRTCSIP-DeploymentLocator", "msRTCSIP-OptionFlags", "msRTCSIP-Line", "msExchRecipientTypeDetails",
        "msExchRemoteRecipientType", "homeMDB", "msExchHomeServerName", "targetAddress", "msExchVersion", "thumbnailPhoto",
        "THUMBNAILPHOTO", "objectGUID", "objectSid", "msExchMailboxGuid", "userAccountControl", "cn", "description",
        "jpegPhoto", "logonHours", "whenCreated", "member", "control", "changetype", "dn", "x-unknown_attr", "a", "-bad", "1.2.840",
    ];

    private static readonly string[] Options = [string.Empty, string.Empty, string.Empty, ";binary", ";range=0-1499", ";range=0-*", ";lang-de", ";Binary;x"];

    private static readonly string[] Texts =
    [
        "TRUE", "false", "maybe", "257", "-12", "99999999999999999999", "x", "", " padded ", "sip:u1@contoso.com", "sip:bad",
        "SMTP:u1@contoso.com", "smtp:u1@contoso.mail.onmicrosoft.com", "SIP:u1@contoso.com", "x500:/o=Contoso/ou=First",
        "noprefix", "SMTP:", "CN=Pool1,CN=Pools,DC=contoso,DC=com", "CN=bad,,DC=x", "${CONFIGDN}", "user", "top", "Person",
        "contact", "computer", "inetOrgPerson", "u1@contoso.com", "6b4a1f2e-3c5d-4e6f-8a9b-0c1d2e3f4a5b",
    ];

    private static readonly Gen<byte[]> Ansi = Gen.Select(Gen.OneOf(Texts), Gen.Byte[0x80, 0xFF], (text, high) => Encoding.UTF8.GetBytes(text).Append(high).ToArray());

    private static readonly Gen<byte[]> Base64Value =
        Gen.OneOf(
            Gen.Byte.Array[0, 40].Select(bytes => Encoding.ASCII.GetBytes(Convert.ToBase64String(bytes))),
            Gen.Int[0, 28].Select(length => Encoding.ASCII.GetBytes(Convert.ToBase64String(Enumerable.Range(0, length).Select(i => (byte)(i * 37)).ToArray()))),
            Gen.OneOf(Texts).Select(text => Encoding.ASCII.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)))),
            Ansi.Select(bytes => Encoding.ASCII.GetBytes(Convert.ToBase64String(bytes))),
            Gen.String[Gen.Char["AZaz09+/= \t-_*"], 0, 30].Select(text => Encoding.ASCII.GetBytes(text)));

    /// <summary>One logical line, unfolded: <c>name[;options]:[:|&lt;] value</c>, or something broken.</summary>
    private static readonly Gen<byte[]> Line =
        Gen.Frequency(
            (10, Gen.Select(Gen.OneOf(Names), Gen.OneOf(Options), Gen.OneOf(Gen.OneOf(Texts).Select(Encoding.UTF8.GetBytes), Ansi), (name, option, value) =>
                Encoding.UTF8.GetBytes(name + option + ": ").Concat(value).ToArray())),
            (6, Gen.Select(Gen.OneOf(Names), Gen.OneOf(Options), Base64Value, Gen.OneOf(":: ", "::", "::  "), (name, option, value, separator) =>
                Encoding.UTF8.GetBytes(name + option + separator).Concat(value).ToArray())),
            (1, Gen.Select(Gen.OneOf(Names), Gen.OneOf("file:///etc/passwd", "http://x/y"), (name, url) => Encoding.UTF8.GetBytes(name + ":< " + url))),
            (1, Gen.OneOf("-", "# comment", "no colon here", ": empty name", "ümlaut: x", "changetype: modify", "replace: mail", "add: proxyAddresses").Select(Encoding.UTF8.GetBytes)));

    private static readonly Gen<byte[][]> Entry =
        Gen.Select(Gen.Int[0, 9999], Gen.OneOf(string.Empty, "changetype: add", "changetype: add"), Line.Array[0, 14], (id, changeType, lines) =>
        {
            var head = new List<byte[]> { Encoding.UTF8.GetBytes($"dn: CN=User {id},OU=Users,DC=contoso,DC=com") };
            if (changeType.Length > 0)
            {
                head.Add(Encoding.UTF8.GetBytes(changeType));
            }

            return head.Concat(lines).ToArray();
        });

    private static readonly Gen<byte[]> Export =
        Gen.Select(Entry.Array[1, 6], Gen.Int[2, 90], Gen.Bool, Gen.Bool, (entries, width, crlf, version) => Serialize(entries, width, crlf, version));

    [Fact]
    public void ReadObjects_AnyPlainExport_StreamingFastPathMatchesDecodingEverything()
    {
        Export.Sample(bytes =>
        {
            var fast = Read(bag => new LdifRecordReader().ReadObjects(DumpEntry.FromBytes("test.ldf", bytes), ReaderContext.ForTests(bag)).ToList());
            var reference = Read(bag => LdifRecordReader.ReadObjectsDecodingEverything(new MemoryStream(bytes), "test.ldf", ReaderContext.ForTests(bag)));

            Assert.Equal(reference, fast);
        }, iter: 3000);
    }

    [Fact]
    public void ReadObjects_AnyExportWithChangeRecords_FastPathMatchesDecodingEverything()
    {
        var modify = Encoding.UTF8.GetBytes("\ndn: CN=User 1,OU=Users,DC=contoso,DC=com\nchangetype: modify\nreplace: mail\nmail: new@contoso.com\n-\nadd: proxyAddresses\nproxyAddresses: smtp:x@contoso.com\n-\n");
        Export.Sample(bytes =>
        {
            var withChanges = bytes.Concat(modify).ToArray();
            var fast = Read(bag => new LdifRecordReader().ReadObjects(new MemoryStream(withChanges), "test.ldf", ReaderContext.ForTests(bag)));
            var reference = Read(bag => LdifRecordReader.ReadObjectsDecodingEverything(new MemoryStream(withChanges), "test.ldf", ReaderContext.ForTests(bag)));

            Assert.Equal(reference, fast);
        }, iter: 1000);
    }

    [Fact]
    public void ReadObjects_DescriptionsSharingALookupSlot_AreEachReadAsWritten()
    {
        // "mail" and "mAil" differ only where the description table does not hash, so each evicts the other.
        var bytes = LdifFixtures.Utf8("dn: CN=x,DC=contoso,DC=com\nmail: a@contoso.com\nmAil: c@contoso.com\nmail: e@contoso.com\nobjectClass: user\n");
        var fast = Read(bag => new LdifRecordReader().ReadObjects(DumpEntry.FromBytes("test.ldf", bytes), ReaderContext.ForTests(bag)).ToList());
        var reference = Read(bag => LdifRecordReader.ReadObjectsDecodingEverything(new MemoryStream(bytes), "test.ldf", ReaderContext.ForTests(bag)));
        var (records, _) = LdifFixtures.Records(bytes);

        Assert.Equal(reference, fast);
        Assert.Equal(["mail", "mAil", "mail", "objectClass"], records[0].Attributes.Select(a => a.Name));
        Assert.Contains("Mail = a@contoso.com", fast, StringComparison.Ordinal);
        Assert.Equal(2, fast.Split("appears again").Length - 1);
    }

    /// <summary>The printed objects and diagnostics, plus what the printer leaves out (the raw SIP text, the line, the attribute set).</summary>
    private static string Read(Func<InputDiagnosticBag, IReadOnlyList<DirectoryObject>> read)
    {
        var bag = new InputDiagnosticBag();
        var objects = read(bag);
        var extra = objects.Select(o => $"{o.PrimaryUserAddressText}|{o.LyncLine}|{string.Join(',', o.Source.PresentProperties)}");
        return LdifPrinter.Print(objects, bag.ToList()) + string.Join('\n', extra);
    }

    /// <summary>Entries separated by blank lines, every line folded at <paramref name="width"/> bytes as RFC 2849 allows.</summary>
    private static byte[] Serialize(byte[][][] entries, int width, bool crlf, bool version)
    {
        var newline = crlf ? "\r\n"u8.ToArray() : "\n"u8.ToArray();
        var output = new List<byte>();
        if (version)
        {
            output.AddRange("version: 1"u8.ToArray());
            output.AddRange(newline);
        }

        foreach (var entry in entries)
        {
            foreach (var line in entry)
            {
                output.AddRange(line[..Math.Min(width, line.Length)]);
                output.AddRange(newline);
                for (var i = width; i < line.Length; i += width - 1)
                {
                    output.Add((byte)' ');
                    output.AddRange(line[i..Math.Min(line.Length, i + width - 1)]);
                    output.AddRange(newline);
                }
            }

            output.AddRange(newline);
        }

        return [.. output];
    }
}
