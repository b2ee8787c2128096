using System.IO.Compression;
using System.Security.Cryptography;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Tests.Reporting;

namespace LyncExchange.Analyzer.Tests.Hostile;

/// <summary>Issue 10, read-only: a full run with every writer leaves every input byte, timestamp and permission as it was, and adds nothing.</summary>
public sealed class ReadOnlyTests
{
    private sealed record FileState(string Path, string Sha256, long Length, DateTime Modified, DateTime Created, UnixFileMode Mode);

    internal static void WriteMixedDumpSet(HostileCase dump)
    {
        foreach (var file in Directory.EnumerateFiles(ReportFixture.OwaImMisconfigured, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dump.Root, "owa", Path.GetRelativePath(ReportFixture.OwaImMisconfigured, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.Copy(Repository.Fixture("dns", "syntax", "contoso.com.zone"), Path.Combine(dump.Root, "contoso.com.zone"));
        Directory.CreateDirectory(Path.Combine(dump.Root, "includes"));
        File.Copy(Repository.Fixture("dns", "syntax", "includes", "extra.inc"), Path.Combine(dump.Root, "includes", "extra.inc"));
        File.Copy(Repository.Fixture("ldif", "litware-3users.ldf"), Path.Combine(dump.Root, "litware.ldf"));
        File.Copy(FixtureFiles.PowerShell("clixml", "Get-OwaVirtualDirectory.xml"), Path.Combine(dump.Root, "Get-OwaVirtualDirectory.xml"));
        File.Copy(FixtureFiles.PowerShell("fl-utf16", "Get-OwaVirtualDirectory.txt"), Path.Combine(dump.Root, "EX02-Get-OwaVirtualDirectory.txt"));
        using (var archive = ZipFile.Open(Path.Combine(dump.Root, "lync.zip"), ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("Lync/Get-CsPool.txt").Open());
            writer.Write(LyncEvidence.Pool());
        }

        dump.Write("garbage.bin", [0x00, 0xFF, 0xFE, 0x1B, 0x5B, 0x32, 0x4A]);
    }

    [Fact]
    public void Analyze_FullRunWithEveryWriter_LeavesEveryInputUnchangedAndAddsNothing()
    {
        using var dump = new HostileCase();
        WriteMixedDumpSet(dump);
        // Old timestamps make any write, touch or "atime-like" rewrite of the mtime visible.
        var past = new DateTime(2013, 2, 1, 12, 0, 0, DateTimeKind.Utc);
        foreach (var path in Directory.EnumerateFiles(dump.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(path, past);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            }
        }

        var before = Snapshot(dump.Root);
        var run = dump.RunCli();
        var again = dump.RunCli("out2", "--redact");
        var after = Snapshot(dump.Root);

        Assert.NotEqual(global::LyncExchange.Analyzer.Cli.ExitCodes.UnexpectedFailure, run.Exit);
        Assert.NotEqual(global::LyncExchange.Analyzer.Cli.ExitCodes.UnexpectedFailure, again.Exit);
        Assert.Equal(5, run.Reports.Count);
        Assert.Equal(before, after);
    }

    private static List<FileState> Snapshot(string root)
    {
        var states = new List<FileState>();
        foreach (var path in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(path);
            var hash = Directory.Exists(path) ? "dir" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
            states.Add(new FileState(Path.GetRelativePath(root, path), hash, Directory.Exists(path) ? 0 : info.Length, info.LastWriteTimeUtc, info.CreationTimeUtc, OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(path)));
        }

        return states;
    }
}
