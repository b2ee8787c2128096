using System.Globalization;
using System.Text;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Tests.Fuzzing;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Tests.Hostile;

/// <summary>Issue 10, bounded resources: huge lines, entity expansion, deep nesting, Ref floods, $GENERATE, big values — each capped and reported, fast.</summary>
public sealed class ResourceBoundTests
{
    private const long HundredMegabytes = 100L * 1024 * 1024;

    /// <summary>Generous for a loaded 2-core CI box; the point is "seconds, not minutes or a dead process".</summary>
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Targets => [.. FuzzTarget.All.Select(t => t.Name)];

    /// <summary>What each format's reader must be inside of for the long line to reach its value parsing.</summary>
    private static (string Prefix, string Suffix) Framing(string target) => target switch
    {
        "format-list" => ("\r\nIdentity : ", "\r\n"),
        "format-table" => ("Identity Name\r\n-------- ----\r\n", "\r\n"),
        "transcript" => ("**********************\r\nWindows PowerShell transcript start\r\n**********************\r\nPS C:\\> Get-CsPool\r\n", "\r\n"),
        "clixml" => ("<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\"><Obj RefId=\"0\"><Props><S N=\"Identity\">", "</S></Props></Obj></Objs>"),
        "json" => ("[{\"Identity\":\"", "\"}]"),
        "csv" => ("#TYPE Microsoft.Rtc.Management.WritableConfig.Policy.Pool\r\n\"Identity\",\"Fqdn\"\r\n\"", "\",\"x\"\r\n"),
        "ldif" => ("version: 1\n\ndn: CN=x,DC=contoso,DC=com\ndescription: ", "\n\n"),
        "zone" => ("$ORIGIN contoso.com.\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\nlong IN TXT \"", "\"\n"),
        "web.config" => ("<configuration><appSettings><add key=\"IMServerName\" value=\"", "\" /></appSettings></configuration>"),
        "reg" => ("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"Big\"=\"", "\"\r\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void Read_HundredMegabyteSingleLine_IsBoundedReportedAndQuick(string name)
    {
        var target = FuzzTarget.Named(name);
        var (prefix, suffix) = Framing(name);
        var utf8 = new UTF8Encoding(false);
        var entry = new DumpEntry(target.EntryPath, -1, () => new GeneratedStream(utf8.GetBytes(prefix), (byte)'a', HundredMegabytes, utf8.GetBytes(suffix)));
        entry = entry with { Length = entry.Open().Length };
        var bag = new InputDiagnosticBag();
        var context = new ReaderContext(bag, CultureInfo.GetCultureInfo("en-US"), ReaderLimits.Default);

        var started = System.Diagnostics.Stopwatch.StartNew();
        List<DumpObject> objects = ReaderRegistry.RecordReaderFor(target.Format) is { } records
            ? [.. records.ReadRecords(entry, context).Select(_ => new DumpObject { SourcePath = entry.RelativePath, Location = DumpLocation.None })]
            : [.. ReaderRegistry.For(target.Format)!.Read(entry, context)];
        var elapsed = started.Elapsed;

        Assert.True(elapsed < Quick, $"{name} took {elapsed}");
        var diagnostics = bag.ToList();
        Assert.All(diagnostics, d => Assert.Equal(target.EntryPath, d.Location.Path));
        Assert.True(objects.Count <= 1, $"{objects.Count} objects from one line");

        // Never dropped silently: the line is either reported (cut, skipped, too long) or its value arrives whole.
        var whole = objects.SelectMany(o => o.Properties).Any(p => p.Value.Text?.Length >= HundredMegabytes);
        Assert.True(whole || diagnostics.Count > 0, $"{name}: the 100 MB line vanished without a diagnostic");
    }

    [Theory]
    [InlineData("clixml")]
    [InlineData("web.config")]
    public void Xml_BillionLaughs_IsRefusedWithoutExpanding(string name)
    {
        var laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            laughs.Append(CultureInfo.InvariantCulture, $" <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? string.Empty : (i - 1).ToString(CultureInfo.InvariantCulture))};", 10))}\">\n");
        }

        laughs.Append("]>\n").Append(name == "clixml"
            ? "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\"><Obj RefId=\"0\"><Props><S N=\"Identity\">&lol9;</S></Props></Obj></Objs>"
            : "<configuration><appSettings><add key=\"IMServerName\" value=\"&lol9;\" /></appSettings></configuration>");

        var started = System.Diagnostics.Stopwatch.StartNew();
        var (_, diagnostics) = FuzzTarget.Named(name).Run(Encoding.UTF8.GetBytes(laughs.ToString()));

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
        Assert.Contains(diagnostics, d => d.Id == InputDiagnosticIds.ParseError && d.Message.Contains("DTD", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> DeepNesting => new()
    {
        { "clixml", "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">", "<Obj RefId=\"1\"><Props>" },
        { "clixml", "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\"><Obj RefId=\"0\"><Props>", "<Obj N=\"x\" RefId=\"1\"><LST>" },
        { "web.config", "<configuration><appSettings>", "<add>" },
        { "json", string.Empty, "[" },
        { "json", string.Empty, "{\"a\":" },
        { "format-list", "\r\nIdentity : ", "{" },
        { "format-list", "\r\nIdentity : ", "@{a=" },
        { "format-table", "Identity Name\r\n-------- ----\r\n", "{" },
        { "csv", "\"Identity\"\r\n\"", "{" },
        { "transcript", "PS C:\\> Get-CsPool\r\n", "{" },
        { "reg", "Windows Registry Editor Version 5.00\r\n\r\n[", "[" },
        { "zone", "$ORIGIN contoso.com.\n@ IN TXT ", "(" },
        { "ldif", "version: 1\n\ndn: ", "CN=a," },
    };

    /// <summary>Deep recursion would end in a StackOverflowException, which no catch stops: it kills the analyzer.</summary>
    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void Read_NestingHundredsOfThousandsDeep_IsCappedWithoutStackOverflow(string name, string prefix, string level)
    {
        var depth = 200_000;
        var input = Encoding.UTF8.GetBytes(prefix + string.Concat(Enumerable.Repeat(level, depth)) + "\r\n");
        var limits = ReaderLimits.Default with { MaxLineLength = input.Length + 1 };

        var started = System.Diagnostics.Stopwatch.StartNew();
        var failure = Record.Exception(() => FuzzTarget.Named(name).Run(input, limits));

        Assert.Null(failure);
        Assert.True(started.Elapsed < Quick, $"took {started.Elapsed}");
    }

    [Fact]
    public void Clixml_FloodOfRefs_StopsAtTheExpansionCap()
    {
        var xml = new StringBuilder("<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">");
        xml.Append("<Obj RefId=\"0\"><TN RefId=\"0\"><T>Big</T></TN><Props>");
        for (var i = 0; i < 1000; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<S N=\"P{i}\">{new string('x', 100)}</S>");
        }

        xml.Append("</Props></Obj>");
        for (var i = 0; i < 20_000; i++)
        {
            xml.Append("<Obj RefId=\"1\"><Props><Ref N=\"a\" RefId=\"0\" /><Ref N=\"b\" RefId=\"0\" /></Props></Obj>".Replace("RefId=\"1\"", $"RefId=\"{i + 1}\"", StringComparison.Ordinal));
        }

        xml.Append("</Objs>");
        var limits = ReaderLimits.Default with { MaxRefExpansions = 1000 };

        var started = System.Diagnostics.Stopwatch.StartNew();
        var (_, diagnostics) = FuzzTarget.Named("clixml").Run(Encoding.UTF8.GetBytes(xml.ToString()), limits);

        Assert.True(started.Elapsed < Quick, $"took {started.Elapsed}");
        Assert.Single(diagnostics, d => d.Message.Contains("more than 1,000 Ref back-references", StringComparison.Ordinal));
    }

    [Fact]
    public void Zone_GenerateOfBillionsOfNames_IsRefusedBeforeGenerating()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (count, diagnostics) = FuzzTarget.Named("zone").Run(File.ReadAllBytes(Repository.Fixture("dns", "hostile", "generate-huge.zone")));

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
        Assert.Contains(diagnostics, d => d.Message.Contains("$GENERATE", StringComparison.Ordinal));
        Assert.True(count < ReaderLimits.Default.MaxGenerateCount);
    }

    [Fact]
    public void Ldif_ValueLargerThanTheCap_IsReported()
    {
        var folded = string.Concat(Enumerable.Repeat("\n " + new string('v', 76), 200));
        var ldif = "version: 1\n\ndn: CN=x,DC=contoso,DC=com\nobjectClass: user\ndescription: " + folded + "\n\n";

        var (_, diagnostics) = FuzzTarget.Named("ldif").Run(Encoding.UTF8.GetBytes(ldif), ReaderLimits.Default with { MaxLdifValueBytes = 1000 });

        Assert.Contains(diagnostics, d => d.Message.Contains("value longer than 1,000 bytes", StringComparison.Ordinal) && d.Location.Line >= 4);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("ldif")]
    [InlineData("zone")]
    public void Read_MoreObjectsThanTheCap_StopsAndSaysSo(string name)
    {
        var text = name switch
        {
            "csv" => "\"Identity\",\"Fqdn\"\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"\"p{i}\",\"x\"\n")),
            "json" => "[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $"{{\"Identity\":\"p{i}\"}}")) + "]",
            "ldif" => "version: 1\n\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"dn: CN=u{i},DC=contoso,DC=com\nobjectClass: user\ncn: u{i}\n\n")),
            "zone" => "$ORIGIN contoso.com.\n$TTL 300\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"h{i} IN A 192.0.2.{i}\n")),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };

        var (count, diagnostics) = FuzzTarget.Named(name).Run(Encoding.UTF8.GetBytes(text), ReaderLimits.Default with { MaxObjectsPerFile = 10 });

        Assert.True(count <= 11, $"{count} objects");
        Assert.Contains(diagnostics, d => d.Message.Contains("more than 10", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Get-CsPool.txt")]
    [InlineData("Get-CsPool.table.txt")]
    [InlineData("keys.reg")]
    public void Analyze_MoreObjectsThanTheCapInAReaderWithoutItsOwnCount_StopsAndSaysSo(string file)
    {
        using var dump = new HostileCase();
        dump.Write(file, file switch
        {
            "Get-CsPool.txt" => string.Concat(Enumerable.Repeat(LyncEvidence.Pool(), 100)),
            "keys.reg" => "Windows Registry Editor Version 5.00\r\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\K{i}]\r\n\"V\"=\"x\"\r\n")),
            _ => "\r\nIdentity    Fqdn\r\n--------    ----\r\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"Pool{i:000}     pool{i}.contoso.com\r\n")),
        });

        var result = dump.Analyze(o => o with { ReaderLimits = o.ReaderLimits with { MaxObjectsPerFile = 10 } });

        Assert.Equal(10, result.Files.Single().ObjectCount);
        Assert.Single(result.Diagnostics, d => d.Location.Path == file && d.Message.Contains("more than 10 objects", StringComparison.Ordinal));
    }

    [Fact]
    public void Folder_FileLargerThanTheFileCap_IsReportedNotRead()
    {
        using var dump = new HostileCase();
        dump.Write("big.txt", Encoding.UTF8.GetBytes(LyncEvidence.Pool() + new string(' ', 5000)));
        dump.Write("Get-CsPool.txt", LyncEvidence.Pool());

        var result = dump.Analyze(o => o with { DumpSetLimits = o.DumpSetLimits with { MaxFileBytes = 4096 } });

        Assert.Equal(["Get-CsPool.txt"], result.Files.Select(f => f.Path));
        Assert.Contains(result.Diagnostics, d => d.Location.Path == "big.txt" && d.Message.Contains("4,096-byte", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_HundredMegabyteLineInAFile_IsNotQuotedWholeIntoAnyReport()
    {
        using var dump = new HostileCase();
        using (var file = File.Create(Path.Combine(dump.Root, "Get-OwaVirtualDirectory.txt")))
        {
            new GeneratedStream(Encoding.ASCII.GetBytes("\r\nName     : owa\r\nIdentity : "), (byte)'a', HundredMegabytes, Encoding.ASCII.GetBytes("\r\nServer   : EX01\r\n")).CopyTo(file);
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var run = dump.RunCli();

        Assert.True(started.Elapsed < Quick, $"took {started.Elapsed}");
        Assert.Equal(5, run.Reports.Count);

        // Regression: the line-too-long finding quoted its line, so HTML, JSON and SARIF reports were 100 MB each.
        Assert.All(run.Reports, r => Assert.True(r.Value.Length < 1024 * 1024, $"{r.Key} is {r.Value.Length:N0} bytes"));
        Assert.Contains("characters long", run.AllText, StringComparison.Ordinal);
    }
}
