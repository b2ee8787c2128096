using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LyncExchange.Analyzer.Benchmarks;

/// <summary>
/// Writes a deterministic ldifde-style export (ANSI, CRLF, changetype: add, folding at column 79, base64 GUIDs,
/// SIDs and every fourth user with a folded thumbnail photo), like <c>fixtures/ldif/generate.py --large</c>.
/// </summary>
internal static class LdifExportGenerator
{
    private const int Width = 79;

    /// <summary>Writes users until the file reaches <paramref name="targetBytes"/>; returns the user count.</summary>
    public static int Write(string path, long targetBytes)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var builder = new StringBuilder(8192);
        var users = 0;
        stream.Write("\r\n"u8);
        while (stream.Length < targetBytes)
        {
            builder.Clear();
            AppendUser(builder, users++);
            stream.Write(Encoding.ASCII.GetBytes(builder.ToString()));
        }

        return users;
    }

    private static void AppendUser(StringBuilder b, int i)
    {
        var ci = CultureInfo.InvariantCulture;
        var sam = string.Create(ci, $"u{i:D7}");
        var cn = string.Create(ci, $"User {i:D7}");
        var dn = string.Create(ci, $"CN={cn},OU=Users,OU=Site{i % 17:D2},DC=contoso,DC=com");
        var online = i % 5 == 0;
        Line(b, "dn: " + dn);
        Line(b, "changetype: add");
        foreach (var oc in (string[])["top", "person", "organizationalPerson", "user"])
        {
            Line(b, "objectClass: " + oc);
        }

        Line(b, "cn: " + cn);
        Line(b, "distinguishedName: " + dn);
        Line(b, "instanceType: 4");
        Line(b, "whenCreated: 20131118174127.0Z");
        Line(b, "displayName: " + cn);
        Line(b, string.Create(ci, $"uSNChanged: {187342 + i}"));
        Line(b, $"proxyAddresses: SIP:{sam}@contoso.com");
        Line(b, $"proxyAddresses: smtp:{sam}@contoso.mail.onmicrosoft.com");
        Line(b, $"proxyAddresses: SMTP:{sam}@contoso.com");
        Line(b, $"proxyAddresses: x500:/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn={Hex(sam, 16)}-{sam}");
        Line(b, "objectGUID:: " + Convert.ToBase64String(Bytes(dn, 16)));
        Line(b, "userAccountControl: 512");
        Line(b, "objectSid:: " + Convert.ToBase64String([1, 5, 0, 0, 0, 0, 0, 5, 21, 0, 0, 0, .. Bytes(sam, 16)]));
        Line(b, "sAMAccountName: " + sam);
        Line(b, $"userPrincipalName: {sam}@contoso.com");
        Line(b, "objectCategory: CN=Person,CN=Schema,CN=Configuration,DC=contoso,DC=com");
        Line(b, $"mail: {sam}@contoso.com");
        if (online)
        {
            Line(b, $"targetAddress: SMTP:{sam}@contoso.mail.onmicrosoft.com");
            Line(b, "msExchRecipientTypeDetails: 2147483648");
            Line(b, "msExchRemoteRecipientType: 4");
        }
        else
        {
            Line(b, string.Create(ci, $"homeMDB: CN=DB{i % 4 + 1:D2},CN=Databases,CN=Exchange Administrative Group (FYDIBOHF23SPDLT),CN=Administrative Groups,CN=Contoso,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=contoso,DC=com"));
            Line(b, string.Create(ci, $"msExchHomeServerName: /o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=EX{i % 2 + 1:D2}"));
            Line(b, "msExchMailboxGuid:: " + Convert.ToBase64String(Bytes("mbx" + dn, 16)));
            Line(b, "msExchRecipientTypeDetails: 1");
        }

        Line(b, "msExchVersion: 88218628259840");
        Line(b, "msRTCSIP-DeploymentLocator: " + (online ? "sipfed.online.lync.com" : "SRV:"));
        if (!online)
        {
            Line(b, "msRTCSIP-PrimaryHomeServer: CN=Lc Services,CN=Microsoft,CN=1:1,CN=Pools,CN=RTC Service,CN=Services,CN=Configuration,DC=contoso,DC=com");
        }

        Line(b, $"msRTCSIP-PrimaryUserAddress: sip:{sam}@contoso.com");
        Line(b, "msRTCSIP-UserEnabled: TRUE");
        Line(b, "msRTCSIP-OptionFlags: 257");
        if (i % 4 == 0)
        {
            Line(b, "thumbnailPhoto:: " + Convert.ToBase64String(Bytes("photo" + dn, 1500 + (i % 7 * 311))));
        }

        b.Append("\r\n");
    }

    private static void Line(StringBuilder b, string line)
    {
        if (line.Length <= Width)
        {
            b.Append(line).Append("\r\n");
            return;
        }

        b.Append(line, 0, Width).Append("\r\n");
        for (var i = Width; i < line.Length; i += Width - 1)
        {
            b.Append(' ').Append(line, i, Math.Min(Width - 1, line.Length - i)).Append("\r\n");
        }
    }

    private static byte[] Bytes(string seed, int length)
    {
        var result = new byte[length];
        var block = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        for (var i = 0; i < length; i++)
        {
            if (i > 0 && i % block.Length == 0)
            {
                block = SHA256.HashData(block);
            }

            result[i] = block[i % block.Length];
        }

        return result;
    }

    private static string Hex(string seed, int length) => Convert.ToHexStringLower(Bytes(seed, length));
}
