using System.IO.Compression;
using LyncExchange.Analyzer.Cli;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Tests.Reporting;

namespace LyncExchange.Analyzer.Tests.Hostile;

/// <summary>Issue 10, "no file outside the dump set is ever opened": every way a dump can point outside is refused and reported.</summary>
public sealed class OutsideTheDumpSetTests
{
    private const string PasswdMarker = "root:x:0:0";

    private static string OwaClixml(string doctype, string name) =>
        File.ReadAllText(FixtureFiles.PowerShell("clixml", "Get-OwaVirtualDirectory.xml"))
            .Replace("<S N=\"Name\">owa (Default Web Site)</S>", $"<S N=\"Name\">{name}</S>", StringComparison.Ordinal)
            .Insert(0, "<?xml version=\"1.0\"?>\n" + doctype + "\n");

    private static string WebConfig(string doctype, string value) =>
        $"<?xml version=\"1.0\"?>\n{doctype}\n<configuration>\n  <appSettings>\n    <add key=\"IMServerName\" value=\"{value}\" />\n  </appSettings>\n</configuration>\n";

    public static TheoryData<string, string> XmlExternalEntities => new()
    {
        { "clixml", "file:///etc/passwd" },
        { "clixml", "SECRET" },
        { "web.config", "file:///etc/passwd" },
        { "web.config", "SECRET" },
    };

    [Theory]
    [MemberData(nameof(XmlExternalEntities))]
    public void Xml_ExternalEntityToALocalFile_IsRefusedAndTheFileIsNotRead(string format, string target)
    {
        using var dump = new HostileCase();
        var secretFile = dump.WriteOutside("secret.txt", dump.Secret);
        var uri = target == "SECRET" ? new Uri(secretFile).AbsoluteUri : target;
        var doctype = $"<!DOCTYPE x [<!ENTITY xxe SYSTEM \"{uri}\">]>";
        var file = format == "clixml"
            ? dump.Write("Get-OwaVirtualDirectory.xml", OwaClixml(doctype.Replace("x [", "Objs [", StringComparison.Ordinal), "&xxe;"))
            : dump.Write("EX01/web.config", WebConfig(doctype.Replace("x [", "configuration [", StringComparison.Ordinal), "&xxe;"));

        var run = dump.RunCli();
        var result = dump.Analyze();

        Assert.DoesNotContain(dump.Secret, run.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(PasswdMarker, run.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(PasswdMarker, HostileCase.Everything(result), StringComparison.Ordinal);
        var diagnostic = Assert.Single(HostileCase.InputDiagnostics(result, Path.GetFileName(file)), d => d.Id == InputDiagnosticIds.ParseError);
        Assert.Contains("DTD", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clixml")]
    [InlineData("web.config")]
    public void Xml_ExternalDtdOnLoopback_IsNeverFetched(string format)
    {
        using var trap = new LoopbackTrap();
        using var dump = new HostileCase();
        var doctype = $"<!DOCTYPE x SYSTEM \"{trap.Url("evil.dtd")}\">";
        if (format == "clixml")
        {
            dump.Write("Get-OwaVirtualDirectory.xml", OwaClixml(doctype.Replace("x ", "Objs ", StringComparison.Ordinal), "owa"));
        }
        else
        {
            dump.Write("EX01/web.config", WebConfig(doctype.Replace("x ", "configuration ", StringComparison.Ordinal), "pool01.contoso.com"));
        }

        var result = dump.Analyze();

        Assert.False(trap.WasContacted);
        Assert.Contains(result.Diagnostics, d => d.Id == InputDiagnosticIds.ParseError && d.Message.Contains("DTD", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("clixml")]
    [InlineData("web.config")]
    public void Xml_XInclude_IsNotExpanded(string format)
    {
        using var dump = new HostileCase();
        var secretFile = dump.WriteOutside("secret.txt", dump.Secret);
        var include = $"<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"{new Uri(secretFile).AbsoluteUri}\" parse=\"text\" />";
        if (format == "clixml")
        {
            dump.Write("Get-OwaVirtualDirectory.xml", OwaClixml(string.Empty, "owa").Replace("<Props>", "<Props>" + include, StringComparison.Ordinal));
        }
        else
        {
            dump.Write("EX01/web.config", WebConfig(string.Empty, "pool01.contoso.com").Replace("<appSettings>", "<appSettings>" + include + "<add key=\"Passwd\" value=\"/etc/passwd\"><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" parse=\"text\"/></add>", StringComparison.Ordinal));
        }

        var run = dump.RunCli();

        Assert.DoesNotContain(dump.Secret, run.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(PasswdMarker, run.AllText, StringComparison.Ordinal);
        Assert.NotEqual(ExitCodes.UnexpectedFailure, run.Exit);
    }

    [Fact]
    public void Zone_IncludeOfEtcPasswd_IsRefusedWithItsLocation()
    {
        using var dump = new HostileCase();
        File.Copy(Repository.Fixture("dns", "hostile", "include-absolute.zone"), Path.Combine(dump.Root, "hostile.example.zone"));

        var result = dump.Analyze();

        var refusal = Assert.Single(result.Diagnostics, d => d.Message.Contains("$INCLUDE '/etc/passwd' refused", StringComparison.Ordinal));
        Assert.Equal(("hostile.example.zone", 5), (refusal.Location.Path, refusal.Location.Line));
        Assert.DoesNotContain(PasswdMarker, HostileCase.Everything(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside/secret.zone")]
    [InlineData("sub/../../outside/secret.zone")]
    [InlineData("\"../outside/secret.zone\"")]
    [InlineData("..\\\\outside\\\\secret.zone")]
    public void Zone_IncludeThatClimbsOutOfTheDumpSet_IsRefused(string target)
    {
        using var dump = new HostileCase();
        dump.WriteOutside("secret.zone", $"{dump.Secret} IN A 192.0.2.66\n");
        dump.Write("hostile.example.zone", $"$ORIGIN hostile.example.\n$TTL 300\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n$INCLUDE {target}\nafter IN A 192.0.2.1\n");

        var run = dump.RunCli();
        var result = dump.Analyze();

        Assert.DoesNotContain(dump.Secret, run.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(result.Diagnostics, d => d.Location.Line == 4 && d.Message.Contains("refused", StringComparison.Ordinal));
    }

    [Fact]
    public void Zone_IncludeOfASymlinkPointingOut_IsNotFollowed()
    {
        using var dump = new HostileCase();
        var secret = dump.WriteOutside("secret.zone", $"{dump.Secret} IN A 192.0.2.66\n");
        File.CreateSymbolicLink(Path.Combine(dump.Root, "linked.inc"), secret);
        dump.Write("hostile.example.zone", "$ORIGIN hostile.example.\n$TTL 300\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n$INCLUDE linked.inc\nafter IN A 192.0.2.1\n");

        var run = dump.RunCli();
        var result = dump.Analyze();

        Assert.DoesNotContain(dump.Secret, run.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(result.Diagnostics, d => d.Location.Path == "linked.inc" && d.Message.Contains("symbolic link not followed", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Location.Path == "hostile.example.zone" && d.Location.Line == 4 && d.Id == InputDiagnosticIds.EvidenceMissing);
    }

    [Fact]
    public void Zone_IncludeCycle_IsReadReportedAndTerminates()
    {
        using var dump = new HostileCase();
        foreach (var name in new[] { "include-cycle-a.zone", "include-cycle-b.zone" })
        {
            File.Copy(Repository.Fixture("dns", "hostile", name), Path.Combine(dump.Root, name));
        }

        dump.Write("self.zone", "$ORIGIN self.example.\n$TTL 300\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n$INCLUDE self.zone\n");

        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = dump.Analyze();

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"took {started.Elapsed}");
        // Regression: the engine skipped both files of a ring as "included by" the other, so neither was read or reported.
        Assert.Single(result.Diagnostics, d => d.Message.Contains("include cycle", StringComparison.Ordinal) && d.Location.Path == "include-cycle-b.zone");
        Assert.True(result.Files.Single(f => f.Path == "include-cycle-a.zone").ObjectCount > 0);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("include cycle", StringComparison.Ordinal) && d.Location.Path == "self.zone");
    }

    [Fact]
    public void Zone_IncludeChainDeeperThanTheCap_IsRefused()
    {
        using var dump = new HostileCase();
        for (var i = 0; i < 20; i++)
        {
            var body = i == 0 ? "$ORIGIN deep.example.\n$TTL 300\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n" : $"h{i} IN A 192.0.2.{i}\n";
            dump.Write(i == 0 ? "deep.example.zone" : $"inc{i:00}.inc", body + $"$INCLUDE inc{i + 1:00}.inc\n");
        }

        var result = dump.Analyze(o => o with { ReaderLimits = o.ReaderLimits with { MaxIncludeDepth = 5 } });

        Assert.Contains(result.Diagnostics, d => d.Message.Contains("includes nest deeper than 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Folder_SymlinksToAFileAndAFolderOutside_AreReportedNotFollowed()
    {
        using var dump = new HostileCase();
        var secretDump = dump.WriteOutside(
            "secret/Get-OwaVirtualDirectory.txt",
            SampleDumps.OwaVirtualDirectory("EX99", "EX99\\" + dump.Secret));
        dump.Write("Get-CsPool.txt", LyncEvidence.Pool());
        File.CreateSymbolicLink(Path.Combine(dump.Root, "Get-OwaVirtualDirectory.txt"), secretDump);
        Directory.CreateSymbolicLink(Path.Combine(dump.Root, "EX99"), Path.GetDirectoryName(secretDump)!);
        File.CreateSymbolicLink(Path.Combine(dump.Root, "passwd.txt"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(dump.Root, "etc"), "/etc");

        var run = dump.RunCli();
        var result = dump.Analyze();

        Assert.DoesNotContain(dump.Secret, run.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(PasswdMarker, run.AllText, StringComparison.Ordinal);
        Assert.Equal(["Get-CsPool.txt"], result.Files.Select(f => f.Path));
        Assert.Equal(
            ["EX99", "Get-OwaVirtualDirectory.txt", "etc", "passwd.txt"],
            result.Diagnostics.Where(d => d.Message.Contains("symbolic link", StringComparison.Ordinal)).Select(d => d.Location.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ldif_UrlValuesOfAnyScheme_AreRecordedNeverFollowed()
    {
        using var trap = new LoopbackTrap();
        using var dump = new HostileCase();
        var secret = dump.WriteOutside("secret.txt", dump.Secret);
        dump.Write("directory.ldf", string.Join("\n",
            "version: 1",
            string.Empty,
            "dn: CN=Ken Myer,OU=Users,DC=litwareinc,DC=com",
            "objectClass: user",
            "cn: Ken Myer",
            "description:< file:///etc/passwd",
            "info:< " + new Uri(secret).AbsoluteUri,
            "wWWHomePage:< " + trap.Url("x"),
            "displayName:< ftp://127.0.0.1/x",
            "msRTCSIP-PrimaryUserAddress:< sip:ken@litwareinc.com",
            "proxyAddresses:< \\\\127.0.0.1\\share\\x",
            string.Empty));

        var run = dump.RunCli();

        Assert.False(trap.WasContacted);
        Assert.DoesNotContain(dump.Secret, run.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(PasswdMarker, run.AllText, StringComparison.Ordinal);
        Assert.NotEqual(ExitCodes.UnexpectedFailure, run.Exit);
    }

    [Fact]
    public void Zip_SlipEntries_AreRefusedAndNothingIsWritten()
    {
        using var dump = new HostileCase();
        var zip = Path.Combine(dump.Root, "case.zip");
        var slips = new[] { "../evil.txt", "../../evil.txt", "/etc/evil.txt", "C:/Windows/evil.txt", "a/../../evil.txt", "..\\evil.txt" };
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var name in slips)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(SampleDumps.OwaVirtualDirectory("EX01", "EX01\\" + dump.Secret));
            }

            using (var good = new StreamWriter(archive.CreateEntry("EX01/Get-CsPool.txt").Open()))
            {
                good.Write(LyncEvidence.Pool());
            }
        }

        var before = Directory.GetFileSystemEntries(dump.Parent, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var result = dump.Analyze();
        var after = Directory.GetFileSystemEntries(dump.Parent, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(before, after);
        Assert.Equal(["case.zip!/EX01/Get-CsPool.txt"], result.Files.Select(f => f.Path));
        Assert.Equal(slips.Length, result.Diagnostics.Count(d => d.Message.Contains("zip-slip", StringComparison.Ordinal)));
        Assert.DoesNotContain(dump.Secret, HostileCase.Everything(result), StringComparison.Ordinal);
    }
}
