using System.Globalization;
using System.Text;
using CsCheck;
using LyncExchange.Analyzer.Formats.Ldif;
using static LyncExchange.Analyzer.Tests.Formats.Ldif.LdifFixtures;

namespace LyncExchange.Analyzer.Tests.Formats.Ldif;

/// <summary>RFC 2849 round-trip properties: folding is invisible, base64 is lossless.</summary>
public sealed class LdifPropertyTests
{
    private static readonly string[] TextNames = ["cn", "mail", "description", "proxyAddresses", "displayName;lang-de"];

    private static readonly Gen<string> Text =
        Gen.String[Gen.Frequency((6, Gen.Char["abcXYZ019    :<,=+#-\\"]), (1, Gen.Char['\u00C0', '\u024F']), (1, Gen.Char['\u4E00', '\u4E20'])), 0, 90];

    private static readonly Gen<(string Name, object Value)> Attribute =
        Gen.OneOf(
            Gen.Select(Gen.OneOf(TextNames), Text, (name, text) => (name, (object)text)),
            Gen.Select(Gen.OneOf("thumbnailPhoto", "objectGUID"), Gen.Byte.Array[0, 300], (name, bytes) => (name, (object)bytes)));

    private static readonly Gen<(string Dn, (string Name, object Value)[] Attributes)> Entry =
        Gen.Select(Text.Where(t => t.Length > 0), Attribute.Array[0, 8], (cn, attributes) => ("CN=" + cn + ",DC=contoso,DC=com", attributes));

    [Fact]
    public void Fold_AnyValidLdifAtAnyColumn_UnfoldsToTheSameEntries()
    {
        Gen.Select(Entry.Array[1, 5], Gen.Int[2, 120], Gen.Bool).Sample((entries, width, crlf) =>
        {
            var newline = crlf ? "\r\n" : "\n";
            var unfolded = Records(Utf8(Serialize(entries, int.MaxValue, "\n")));
            var folded = Records(Utf8(Serialize(entries, width, newline)));

            Assert.Empty(unfolded.Diagnostics);
            Assert.Empty(folded.Diagnostics);
            Assert.Equal(Content(unfolded.Records), Content(folded.Records));
            Assert.Equal(entries.Length, folded.Records.Count);
        }, iter: 3000);
    }

    [Fact]
    public void Base64_AnyBytesOrText_RoundTrips()
    {
        Gen.Select(Gen.Byte.Array[0, 400], Text, Gen.Int[2, 100]).Sample((bytes, text, width) =>
        {
            var lines = new List<string> { "dn: CN=x" };
            lines.AddRange(Fold("thumbnailPhoto:: " + Convert.ToBase64String(bytes), width));
            lines.AddRange(Fold("description:: " + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), width));
            var (records, diagnostics) = Records(Utf8(string.Join('\n', lines) + "\n"));

            Assert.Empty(diagnostics);
            Assert.Equal(bytes, records[0].Attributes[0].Value.Bytes);
            Assert.Equal(text, records[0].Attributes[1].Value.Text);
        }, iter: 1000);
    }

    private static string Serialize((string Dn, (string Name, object Value)[] Attributes)[] entries, int width, string newline)
    {
        var builder = new StringBuilder(newline);
        foreach (var (dn, attributes) in entries)
        {
            foreach (var line in Fold(Line("dn", dn), width))
            {
                builder.Append(line).Append(newline);
            }

            foreach (var (name, value) in attributes)
            {
                foreach (var line in Fold(Line(name, value), width))
                {
                    builder.Append(line).Append(newline);
                }
            }

            builder.Append(newline);
        }

        return builder.ToString();
    }

    /// <summary>RFC 2849 SAFE-STRING values are written as they are, everything else as base64.</summary>
    private static string Line(string name, object value)
    {
        if (value is byte[] bytes)
        {
            return name + ":: " + Convert.ToBase64String(bytes);
        }

        var text = (string)value;
        var safe = text.Length == 0 || (text.All(c => c is >= ' ' and < '\u007f') && text[0] is not (' ' or ':' or '<') && text[^1] != ' ');
        return safe ? name + ": " + text : name + ":: " + Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
    }

    private static IEnumerable<string> Fold(string line, int width)
    {
        if (line.Length <= width)
        {
            yield return line;
            yield break;
        }

        yield return line[..width];
        for (var i = width; i < line.Length; i += width - 1)
        {
            yield return " " + line.Substring(i, Math.Min(width - 1, line.Length - i));
        }
    }

    private static string Content(IEnumerable<LdifRecord> records) =>
        string.Join("\n", records.SelectMany(r => r.Attributes.Select(a =>
            string.Create(CultureInfo.InvariantCulture, $"{r.Dn}|{a.Description}|{a.Value.Kind}|{a.Value.Text}|{(a.Value.Bytes is null ? string.Empty : Convert.ToHexString(a.Value.Bytes))}"))
            .Prepend(r.Dn)));
}
