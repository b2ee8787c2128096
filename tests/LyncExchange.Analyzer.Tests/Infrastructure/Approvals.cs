using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace LyncExchange.Analyzer.Tests.Infrastructure;

/// <summary>
/// Our stand-in for Verify: <c>{TestFile}.{Method}[_{parameters}].verified.{ext}</c> beside the test file,
/// <c>.received.</c> on mismatch, LF only, <c>ACCEPT_SNAPSHOTS=1</c> accepts (never when <c>CI</c> is set).
/// </summary>
public static class Approvals
{
    public static void Verify(
        string actual,
        string extension = "txt",
        string? parameters = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string member = "")
    {
        var directory = Path.GetDirectoryName(sourceFile)!;
        var stem = Path.GetFileNameWithoutExtension(sourceFile) + "." + member + (parameters is null ? string.Empty : "_" + Sanitize(parameters));
        var verified = Path.Combine(directory, stem + ".verified." + extension);
        var received = Path.Combine(directory, stem + ".received." + extension);
        var normalized = Normalize(actual);

        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified, Encoding.UTF8)) : null;
        if (expected == normalized)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1" && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            File.WriteAllText(verified, normalized + "\n", new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized + "\n", new UTF8Encoding(false));
        var message = expected is null
            ? $"No snapshot yet: {verified}. Review {received}; accept with ACCEPT_SNAPSHOTS=1 (or rename it)."
            : $"Snapshot differs: {verified}\n{Diff(expected, normalized)}\nAccept with ACCEPT_SNAPSHOTS=1 if the change is right.";
        Assert.Fail(message);
    }

    public static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n');

    private static string Diff(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(expected, actual);
        var builder = new StringBuilder();
        var shown = 0;
        foreach (var line in model.Lines)
        {
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Text).Append('\n');
            if (++shown == 40)
            {
                builder.Append("…\n");
                break;
            }
        }

        return builder.ToString();
    }

    private static string Sanitize(string parameters) =>
        string.Concat(parameters.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
