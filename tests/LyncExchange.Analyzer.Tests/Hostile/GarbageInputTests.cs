using System.Text;
using LyncExchange.Analyzer.Cli;
using LyncExchange.Analyzer.Tests.Fuzzing;

namespace LyncExchange.Analyzer.Tests.Hostile;

/// <summary>Issue 10, never crash, never drop silently: every reader turns any byte sequence into records and located LXA09xx diagnostics.</summary>
public sealed class GarbageInputTests
{
    public static IReadOnlyDictionary<string, byte[]> Inputs { get; } = BuildInputs();

    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var target in FuzzTarget.All)
            {
                foreach (var input in Inputs.Keys)
                {
                    data.Add(target.Name, input);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_HostileBytes_NeverThrowsAndLocatesEveryProblem(string target, string input)
    {
        var failure = ReaderFuzzTests.RunOne(FuzzTarget.Named(target), Inputs[input], out _);

        Assert.Null(failure);
    }

    [Fact]
    public void Analyze_FolderOfGarbage_ReadsEveryFileAndDoesNotFail()
    {
        using var dump = new HostileCase();
        foreach (var target in FuzzTarget.All)
        {
            foreach (var (name, bytes) in Inputs)
            {
                dump.Write($"{target.Name}/{name}/{target.EntryPath}", bytes);
            }
        }

        dump.Write("Get-CsPool.txt", Infrastructure.LyncEvidence.Pool());

        var run = dump.RunCli();
        var result = dump.Analyze();

        Assert.NotEqual(ExitCodes.UnexpectedFailure, run.Exit);
        Assert.Equal((FuzzTarget.All.Count * Inputs.Count) + 1, result.Files.Length);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("internal error", StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.Path == "Get-CsPool.txt" && f.ObjectCount == 1);
    }

    private static Dictionary<string, byte[]> BuildInputs()
    {
        var random = new Random(2614242);
        var noise = new byte[256 * 1024];
        random.NextBytes(noise);
        var utf16 = Encoding.Unicode.GetBytes("Identity : EX01\\owa (Default Web Site)\r\nName     : owa\r\n");
        var sample = Encoding.UTF8.GetBytes("\r\nIdentity : EX01\\owa (Default Web Site)\r\nName     : owa\r\n");
        return new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["empty"] = [],
            ["binary-noise"] = noise,
            ["zeros"] = new byte[64 * 1024],
            ["odd-length-utf16"] = [0xFF, 0xFE, .. utf16, 0x41],
            ["odd-length-utf16-no-bom"] = [.. utf16[..^1]],
            ["utf16-big-endian-odd"] = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Identity : x\r\n"), 0x00],
            ["utf16-lone-surrogates"] = [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00, 0x00, 0xDC, 0x00, 0xDC, 0x00, 0xD8],
            ["utf32-bom"] = [0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x41, 0x00],
            ["invalid-utf8"] = [.. sample, 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xF8, 0xA1, 0xA1, 0xA1, 0xA1, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0x0A],
            ["utf8-bom-then-utf16"] = [0xEF, 0xBB, 0xBF, .. sample, 0xFF, 0xFE, .. utf16],
            ["nul-bytes"] = [.. sample.SelectMany(b => new byte[] { b, 0x00, 0x00 })],
            ["only-bom"] = [0xEF, 0xBB, 0xBF],
            ["carriage-returns"] = [.. Enumerable.Repeat((byte)'\r', 100_000)],
            ["newlines"] = [.. Enumerable.Repeat((byte)'\n', 1_000_000)],
            ["control-characters"] = [.. Enumerable.Range(0, 32).Select(i => (byte)i), .. sample, 0x1B, (byte)'[', (byte)'2', (byte)'J', 0x7F],
        };
    }
}
