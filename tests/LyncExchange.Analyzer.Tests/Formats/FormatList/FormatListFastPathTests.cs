using System.Globalization;
using System.Text;
using CsCheck;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.FormatList;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Tests.Formats.FormatList;

/// <summary>
/// The reader's fast path (line ranges, interned labels, error record scanning only where a record can start) held to
/// the reader without it: same objects, values, locations and diagnostics, in the same order, on every fixture and on
/// generated text full of wraps, blank lines, error records, noise and over-long lines.
/// </summary>
public sealed class FormatListFastPathTests
{
    public static TheoryData<string> TextFixtures()
    {
        var data = new TheoryData<string>();
        var roots = new List<string> { Repository.Fixture("formats", "powershell") };
        if (Repository.Shared is { } shared)
        {
            roots.Add(Path.Combine(shared, "realworld", "pstext"));
        }

        foreach (var root in roots.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextFixtures))]
    public void Read_EveryTextFixture_MatchesTheReaderWithoutTheFastPath(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var source = SourceFile.Decode(Path.GetFileName(path), bytes);
        AssertSameAsSlowPath(source, CultureInfo.GetCultureInfo("en-US"), ReaderLimits.Default);
        foreach (var blockBytes in new[] { 7, 64, TextBlockDecoder.DefaultBlockBytes })
        {
            AssertBlocksSameAsSlowPath(DumpEntry.FromBytes(Path.GetFileName(path), bytes), blockBytes, CultureInfo.GetCultureInfo("en-US"), ReaderLimits.Default);
        }
    }

    [Fact]
    public void Read_GeneratedFileInAnyEncodingAndBlockSize_MatchesTheReaderWithoutTheFastPath()
    {
        var limits = ReaderLimits.Default with { MaxLineLength = 120 };
        Gen.Select(Gen.OneOf("\n", "\r\n", "\r"), GeneratedLine.List[0, 40], Gen.Int[0, 5], Gen.Int[1, 300], (newline, lines, encoding, blockBytes) => (newline, lines, encoding, blockBytes))
            .Sample(((string newline, List<string> lines, int encoding, int blockBytes) input) =>
            {
                var bytes = Encode(string.Join(input.newline, input.lines), input.encoding);
                AssertBlocksSameAsSlowPath(DumpEntry.FromBytes("g.txt", bytes), input.blockBytes, CultureInfo.GetCultureInfo("en-US"), limits);
            }, iter: 3_000, seed: "0FlBlocks0001");
    }

    [Fact]
    public void Read_UnreadableFile_ReportsItOnceAsTheSlowPathDoes()
    {
        var entry = new DumpEntry("broken.txt", 10, () => throw new IOException("disk gone"));
        AssertBlocksSameAsSlowPath(entry, 64, CultureInfo.GetCultureInfo("en-US"), ReaderLimits.Default);
    }

    /// <summary>0 UTF-8, 1 UTF-8 with BOM, 2 UTF-16LE with BOM, 3 UTF-16LE without (odd length), 4 UTF-16BE with BOM, 5 Windows-1252.</summary>
    private static byte[] Encode(string text, int encoding) => encoding switch
    {
        0 => new UTF8Encoding(false).GetBytes(text),
        1 => [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)],
        2 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        3 => [.. Encoding.Unicode.GetBytes("Name : padding so the NUL pattern shows\n" + text), 0x41],
        4 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => TextEncodingDetector.Ansi.GetBytes(text + "\u00E9"),
    };

    [Fact]
    public void Read_GeneratedFormatListText_MatchesTheReaderWithoutTheFastPath()
    {
        var limits = ReaderLimits.Default with { MaxLineLength = 120 };
        Gen.Select(Gen.OneOf("en-US", "ja-JP"), Gen.OneOf("\n", "\r\n", "\r"), GeneratedLine.List[0, 40], (culture, newline, lines) => (culture, newline, lines))
            .Sample(((string culture, string newline, List<string> lines) input) =>
            {
                var text = string.Join(input.newline, input.lines);
                AssertSameAsSlowPath(SourceFile.FromText("g.txt", text), CultureInfo.GetCultureInfo(input.culture), limits);
            }, iter: 4_000, seed: "0FlFastPath01");
    }

    [Theory]
    [InlineData("Name : x", false)]
    [InlineData("Get-Mailbox : boom", true)]
    [InlineData("Get-Mailbox: boom", true)]
    [InlineData("PS>TerminatingError(Get-Mailbox): \"boom\"", true)]
    [InlineData("msExch-Thing : x", false)]
    [InlineData("X-Header : x", true)]
    [InlineData("", false)]
    public void MayStartErrorRecord_OnlyVerbNounOrTerminatingErrorLines(string line, bool expected) =>
        Assert.Equal(expected, FormatListFastPath.MayStartErrorRecord(line));

    private static readonly Gen<string> Label =
        Gen.OneOf("Name", "Identity", "EmailAddresses", "A b", "X:y", "Get-Mailbox", "Set-Thing2", "PS", "Q");

    private static readonly Gen<string> Fragment =
        Gen.OneOf(
            Gen.String[Gen.Char["ab ,.}{\u2026\t"], 0, 30],
            Gen.OneOf(
                "{a, b, c...}", "{}", "{x, y}", "{alpha, beta,", "gamma}", "delta, eps}", "C:\\Program Files\\Microsoft\\Exchange ", "Server\\V15",
                new string('w', 70), "0123456789ABCDEF0123456789ABCDEF0123456789", "True", "  "));

    /// <summary>One physical line of a plausible (or hostile) Format-List dump.</summary>
    private static readonly Gen<string> GeneratedLine =
        Gen.Frequency(
            (6, Gen.Select(Label, Gen.Int[0, 12], Fragment, (label, pad, value) => label.PadRight(label.Length + pad) + " : " + value)),
            (1, Label.Select(label => label + " :")),
            (4, Gen.Select(Gen.Int[0, 24], Fragment, (indent, value) => new string(' ', indent) + value)),
            (3, Gen.OneOf("", " ", "\t", "  \t ")),
            (1, Gen.OneOf(
                "Get-Mailbox : The operation couldn't be performed",
                "At line:1 char:1",
                "+ CategoryInfo          : NotSpecified: (:) [Get-Mailbox], ManagementObjectNotFoundException",
                "    + FullyQualifiedErrorId : 8D2D6E0A,Microsoft.Exchange.Management.RecipientTasks.GetMailbox",
                "Get-CsUser: Management object not found",
                "PS>TerminatingError(Get-CsPool): \"System error\"",
                "WARNING: By default, only the first 1000 items are returned.",
                "VERBOSE: loading",
                "random noise line",
                "Name : caf\u00C3\u00A9 \uFFFD",
                "Name : x\u0000y \uFEFF",
                "\u4E00\u4E01\u4E02\u4E03\u4E04 \u6261\u6463\u6665\u6867",
                new string('n', 130))));

    private static void AssertBlocksSameAsSlowPath(DumpEntry entry, int blockBytes, CultureInfo culture, ReaderLimits limits)
    {
        var fastDiagnostics = new InputDiagnosticBag();
        var fast = FormatListReader.Read(entry, new ReaderContext(fastDiagnostics, culture, limits), blockBytes).Select(Describe).ToList();
        var slowDiagnostics = new InputDiagnosticBag();
        var slow = FormatListReader.ReadWithoutFastPath(entry, new ReaderContext(slowDiagnostics, culture, limits)).Select(Describe).ToList();

        Assert.Equal(slow, fast);
        Assert.Equal(slowDiagnostics.ToList(), fastDiagnostics.ToList());
    }

    private static void AssertSameAsSlowPath(SourceFile source, CultureInfo culture, ReaderLimits limits)
    {
        var fastDiagnostics = new InputDiagnosticBag();
        var fast = new FormatListReader().Read(source, new ReaderContext(fastDiagnostics, culture, limits)).Select(Describe).ToList();
        var slowDiagnostics = new InputDiagnosticBag();
        var slow = FormatListReader.ReadWithoutFastPath(source, new ReaderContext(slowDiagnostics, culture, limits)).Select(Describe).ToList();

        Assert.Equal(slow, fast);
        Assert.Equal(slowDiagnostics.ToList(), fastDiagnostics.ToList());
    }

    /// <summary>Every field of an object, so that no difference hides behind a record's own equality.</summary>
    private static string Describe(DumpObject dump)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{dump.SourcePath}|{dump.Location}|{dump.Location.EndLine}:{dump.Location.EndColumn}|{string.Join(",", dump.TypeNames)}|{dump.Cmdlet}|{dump.CmdletDecidedBy}|{dump.Text}\n");
        foreach (var property in dump.Properties)
        {
            text.Append(CultureInfo.InvariantCulture, $"  [{property.Name}] {Where(property.NameLocation)} = ");
            Describe(property.Value, text);
            text.Append('\n');
        }

        return text.ToString();
    }

    private static void Describe(DumpValue value, StringBuilder text)
    {
        text.Append(CultureInfo.InvariantCulture, $"{value.Kind} '{value.Text}' {Where(value.Location)} t={value.IsTruncated} m={value.TruncationMark} i={value.IsInvariant} p={value.PrimitiveType} b={value.Bytes.Length}");
        if (value.Object is { } inner)
        {
            text.Append(" obj{").Append(Describe(inner)).Append('}');
        }

        if (!value.Items.IsDefaultOrEmpty)
        {
            text.Append(" [");
            foreach (var item in value.Items)
            {
                Describe(item, text);
                text.Append("; ");
            }

            text.Append(']');
        }
    }

    private static string Where(DumpLocation location) =>
        string.Create(CultureInfo.InvariantCulture, $"{location.Path}({location.Line},{location.Column})-({location.EndLine},{location.EndColumn})");
}
