using System.Diagnostics;
using System.Globalization;
using LyncExchange.Analyzer.Analysis;

namespace LyncExchange.Analyzer.Cli.Commands;

/// <summary>
/// <c>--stats</c>: where the run's time went, after ESLint's TIMING table — each file read (format, bytes, records,
/// MB/s), the slowest rules with their share of the rule pass, the phase totals, the process's peak working set and
/// what the model really keeps (reachable bytes after a full collection) after reading and after the rules.
/// </summary>
internal static class StatsWriter
{
    private const int RulesShown = 15;

    public static void Write(AnalysisStatistics stats, TextWriter stderr)
    {
        var ci = CultureInfo.InvariantCulture;
        stderr.Write(string.Create(ci, $"{"File",-48} {"Format",-12} {"Bytes",14} {"Records",10} {"Time (ms)",10} {"MB/s",8}\n"));
        foreach (var file in stats.Files)
        {
            var seconds = Math.Max(file.Elapsed.TotalSeconds, 1e-6);
            stderr.Write(string.Create(ci, $"{Shorten(file.Path),-48} {file.Format,-12} {file.Bytes,14:N0} {file.Records,10:N0} {file.Elapsed.TotalMilliseconds,10:F1} {file.Bytes / 1048576.0 / seconds,8:F1}\n"));
        }

        var ruleTotal = Math.Max(stats.Rules.Sum(r => r.Elapsed.TotalMilliseconds), 1e-6);
        stderr.Write(string.Create(ci, $"\n{"Rule",-10} {"Time (ms)",10} {"Relative",9}\n"));
        foreach (var rule in stats.Rules.OrderByDescending(r => r.Elapsed).ThenBy(r => r.RuleId, StringComparer.Ordinal).Take(RulesShown))
        {
            stderr.Write(string.Create(ci, $"{rule.RuleId,-10} {rule.Elapsed.TotalMilliseconds,10:F1} {100 * rule.Elapsed.TotalMilliseconds / ruleTotal,8:F1}%\n"));
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        stderr.Write(string.Create(ci, $"\nread {stats.ReadTime.TotalSeconds:F2} s, deployment {stats.DeploymentTime.TotalSeconds:F2} s, rules {stats.RuleTime.TotalSeconds:F2} s; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB, managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB\n"));
        var perRecord = stats.RecordsRead == 0 ? 0 : stats.RetainedAfterRead / (double)stats.RecordsRead;
        stderr.Write(string.Create(ci, $"retained after reading {stats.RetainedAfterRead / 1048576.0:F0} MB ({stats.RecordsRead:N0} records, {perRecord:F0} B each); after the rules (model + their indexes) {stats.RetainedAfterRules / 1048576.0:F0} MB\n"));
    }

    private static string Shorten(string path) => path.Length <= 48 ? path : "…" + path[^47..];
}
