using System.Text;
using LyncExchange.Analyzer.Cli;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Tests.Reporting;

namespace LyncExchange.Analyzer.Tests.Hostile;

/// <summary>
/// Issue 10, output safety: control characters and ANSI/OSC escape sequences in customer strings never reach the
/// engineer's terminal or a report raw, in any writer; the text around them still shows.
/// </summary>
public sealed class OutputSafetyTests
{
    /// <summary>Clear screen, red, set the window title, hyperlink (OSC 8), backspaces, carriage return over the line, C1 CSI, DEL, bell.</summary>
    private const string Hostile = "EX01\\owa\u001b[2J\u001b[31mPWNED\u001b]0;evil title\u0007\u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\\b\b\rFAKE\u009b31m\u007f\u0007\u0085END";

    private static bool IsUnsafe(char c) => c is (< ' ' and not '\n' and not '\t' and not '\r') or (>= '\u007f' and <= '\u009f');

    private static ScratchDumpSet HostileDump()
    {
        var dumps = new ScratchDumpSet();
        dumps.Write("Get-OwaVirtualDirectory.txt", SampleDumps.OwaVirtualDirectory("EX01", Hostile));
        dumps.Write("Get-OwaVirtualDirectory.json", "[{\"Identity\":\"EX02\\\\owa\\u001b[31mJSONPWNED\\u0007\",\"Server\":\"EX02\",\"InstantMessagingEnabled\":true,\"InstantMessagingType\":0}]");
        dumps.WriteLyncPool();
        return dumps;
    }

    [Fact]
    public void Analyze_TerminalOutput_HasNoRawControlCharactersFromTheDump()
    {
        using var dumps = HostileDump();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = CliApplication.Run(["analyze", dumps.Root], stdout, stderr);

        Assert.NotEqual(ExitCodes.UnexpectedFailure, exit);
        var text = stdout.ToString() + stderr.ToString();
        Assert.Contains("PWNED", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, IsUnsafe);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Analyze_EveryReportFormat_HasNoRawControlCharactersFromTheDump(string format)
    {
        using var dumps = HostileDump();
        var file = Path.Combine(dumps.Parent, "report." + format);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = CliApplication.Run(["analyze", dumps.Root, "--quiet", "--format", format + "=" + file], stdout, stderr);

        Assert.NotEqual(ExitCodes.UnexpectedFailure, exit);
        var report = File.ReadAllText(file, Encoding.UTF8);
        Assert.Contains("PWNED", report, StringComparison.Ordinal);
        var bad = report.Select((c, i) => (c, i)).Where(x => IsUnsafe(x.c)).Take(3).ToList();
        Assert.True(bad.Count == 0, $"{format}: raw U+{(bad.Count > 0 ? ((int)bad[0].c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)} near '{(bad.Count > 0 ? report.Substring(Math.Max(0, bad[0].i - 30), Math.Min(60, report.Length - Math.Max(0, bad[0].i - 30))) : string.Empty)}'");
        if (format is "text" or "md")
        {
            Assert.DoesNotContain("\r", report, StringComparison.Ordinal);
        }
    }
}
