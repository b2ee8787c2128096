using LyncExchange.Analyzer.Deployment;

namespace LyncExchange.Analyzer.Rules.OAuth;

/// <summary>
/// Certificate dates are judged against the analysis time because the dump's collection time is not known
/// (RULES.md §B.0 "Dump time"); every message that relies on it says so.
/// </summary>
internal static class AnalysisTime
{
    public const string Caveat = "(compared with the analysis time; the dump's collection time is unknown)";

    public static DateTime Now(DeploymentModel deployment) => deployment.Clock.GetUtcNow().UtcDateTime;

    /// <summary>Dumps print certificate dates in the server's local time without a zone; they are compared as if UTC.</summary>
    public static DateTime AsComparable(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static string Format(DateTime value) => value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
