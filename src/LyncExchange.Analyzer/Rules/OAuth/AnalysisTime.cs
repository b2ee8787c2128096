using LyncExchange.Analyzer.Deployment;

namespace LyncExchange.Analyzer.Rules.OAuth;

/// <summary>
/// Certificate dates are judged against the dump's collection time (manifest.json), or the analysis time when it
/// is not known (RULES.md §B.0 "Dump time"); every message that relies on it says which.
/// </summary>
internal static class AnalysisTime
{
    /// <summary>Said in every date message when the collector's manifest gave no collection time.</summary>
    public static string CaveatFor(DeploymentModel deployment) =>
        deployment.CollectionTime is null ? "(compared with the analysis time; the dump's collection time is unknown)" : "(compared with the collection time of the dumps)";

    /// <summary>The dump's collection time from manifest.json when known, else the analysis time.</summary>
    public static DateTime Now(DeploymentModel deployment) => (deployment.CollectionTime ?? deployment.Clock.GetUtcNow()).UtcDateTime;

    /// <summary>Dumps print certificate dates in the server's local time without a zone; they are compared as if UTC.</summary>
    public static DateTime AsComparable(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static string Format(DateTime value) => value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
