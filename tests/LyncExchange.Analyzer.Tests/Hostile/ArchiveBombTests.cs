using System.Buffers.Binary;
using System.IO.Compression;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Hostile;

/// <summary>Issue 10, bounded archives: zip bombs, lying headers, too many entries, too much in total — refused with a diagnostic, never expanded.</summary>
public sealed class ArchiveBombTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(10);

    /// <summary>Writes <paramref name="zeros"/> zero bytes into an entry, streaming: the archive stays tiny, nothing big is held.</summary>
    private static void AddZeros(ZipArchive archive, string name, long zeros)
    {
        using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        var block = new byte[1 << 20];
        for (long written = 0; written < zeros; written += block.Length)
        {
            stream.Write(block, 0, (int)Math.Min(block.Length, zeros - written));
        }
    }

    private static void AddText(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open());
        writer.Write(text);
    }

    [Fact]
    public void Zip_HighlyCompressedEntry_IsRefusedAsABombWithoutExpandingIt()
    {
        using var dump = new HostileCase();
        var zip = Path.Combine(dump.Root, "bomb.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            AddZeros(archive, "Get-OwaVirtualDirectory.txt", 64L * 1024 * 1024);
            AddText(archive, "Get-CsPool.txt", LyncEvidence.Pool());
        }

        Assert.True(new FileInfo(zip).Length < 1024 * 1024, "the bomb is generated small");
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = dump.Analyze();

        Assert.True(started.Elapsed < Quick, $"took {started.Elapsed}");
        var refusal = Assert.Single(result.Diagnostics, d => d.Message.Contains("zip bomb", StringComparison.Ordinal));
        Assert.Equal("bomb.zip!/Get-OwaVirtualDirectory.txt", refusal.Location.Path);
        Assert.Equal(["bomb.zip!/Get-CsPool.txt"], result.Files.Select(f => f.Path));
    }

    [Fact]
    public void Zip_ManyEntriesBelowTheRatioButOverTheTotal_AreRefusedOnceTheTotalIsPassed()
    {
        using var dump = new HostileCase();
        var zip = Path.Combine(dump.Root, "many.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            for (var i = 0; i < 10; i++)
            {
                AddText(archive, $"part{i}.txt", LyncEvidence.Pool());
            }
        }

        var one = LyncEvidence.Pool().Length;
        var result = dump.Analyze(o => o with { DumpSetLimits = o.DumpSetLimits with { MaxArchiveUncompressedBytes = (one * 3) + (one / 2) } });

        Assert.Equal(3, result.Files.Length);
        Assert.Equal(7, result.Diagnostics.Count(d => d.Message.Contains("archive entry refused", StringComparison.Ordinal)));
    }

    [Fact]
    public void Zip_MoreEntriesThanTheCap_StopsAtTheCapAndSaysSo()
    {
        using var dump = new HostileCase();
        var zip = Path.Combine(dump.Root, "entries.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            for (var i = 0; i < 5_000; i++)
            {
                archive.CreateEntry($"e/{i:00000}.txt");
            }
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = dump.Analyze(o => o with { DumpSetLimits = o.DumpSetLimits with { MaxEntries = 100 } });

        Assert.True(started.Elapsed < Quick, $"took {started.Elapsed}");
        Assert.Equal(100, result.Files.Length);
        Assert.Single(result.Diagnostics, d => d.Message.Contains("more than 100 files", StringComparison.Ordinal));
    }

    [Fact]
    public void Zip_EntryWhoseHeaderUnderstatesItsSize_IsReportedNotReadSilentlyInPart()
    {
        using var dump = new HostileCase();
        var zip = Path.Combine(dump.Root, "liar.zip");
        var text = string.Concat(Enumerable.Repeat(LyncEvidence.Pool(), 200));
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            AddText(archive, "Get-CsPool.txt", text);
        }

        // The bomb trick: keep the compressed data, claim 100 bytes uncompressed in both headers (ratio looks harmless).
        var bytes = File.ReadAllBytes(zip);
        PatchUncompressedSizes(bytes, 100);
        File.WriteAllBytes(zip, bytes);

        var result = dump.Analyze();

        // Regression: the zip library stops at the declared size silently, so the file was analysed from its first 100 bytes unreported.
        Assert.Contains(result.Diagnostics, d => d.Location.Path == "liar.zip!/Get-CsPool.txt" && d.Message.Contains("CRC mismatch", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("internal error", StringComparison.Ordinal));
    }

    [Fact]
    public void Zip_HonestEntries_PassTheCrcCheck()
    {
        using var dump = new HostileCase();
        using (var archive = ZipFile.Open(Path.Combine(dump.Root, "honest.zip"), ZipArchiveMode.Create))
        {
            AddText(archive, "Get-CsPool.txt", string.Concat(Enumerable.Repeat(LyncEvidence.Pool(), 200)));
            archive.CreateEntry("empty.txt");
        }

        var result = dump.Analyze();

        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("CRC", StringComparison.Ordinal));
        Assert.Equal(200, result.Files.Single(f => f.Path == "honest.zip!/Get-CsPool.txt").ObjectCount);
    }

    [Fact]
    public void DumpEntry_ReadPastTheLimit_Throws()
    {
        var entry = new DumpEntry("x.zip!/a.txt", 10, () => new MemoryStream(new byte[1000]));
        Assert.Throws<DumpLimitExceededException>(() => entry.ReadAllBytes(5));
    }

    [Fact]
    public void Zip_NotAZipAtAll_IsReportedAndTheRestIsRead()
    {
        using var dump = new HostileCase();
        var noise = new byte[4096];
        new Random(10).NextBytes(noise);
        dump.Write("noise.zip", [0x50, 0x4B, 0x05, 0x06, .. noise]);
        dump.Write("Get-CsPool.txt", LyncEvidence.Pool());

        var result = dump.Analyze();

        Assert.Contains(result.Diagnostics, d => d.Location.Path == "noise.zip" && d.Message.Contains("not a readable zip archive", StringComparison.Ordinal));
        Assert.Equal(["Get-CsPool.txt"], result.Files.Select(f => f.Path));
    }

    /// <summary>Sets the uncompressed-size field of every local header (offset 22) and central directory header (offset 24).</summary>
    private static void PatchUncompressedSizes(byte[] zip, uint size)
    {
        for (var i = 0; i + 30 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
            }
            else if (signature == 0x02014b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
            }
        }
    }
}
