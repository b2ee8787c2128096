using System.Security.Cryptography;
using System.Text;
using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Analysis.Configuration;

/// <summary>
/// What identifies a finding across two dumps of the same customer: the rule, the object it is about and the
/// offending value, never the line number (lines move when a customer re-collects). Dumps are not in a git
/// repository, so SARIF consumers cannot compute fingerprints for us; baselines, suppressions and
/// <c>lxa compare</c> all use these.
/// </summary>
public static class FindingIdentity
{
    /// <summary>The SARIF <c>partialFingerprints</c> key; bump the version when the recipe changes.</summary>
    public const string FingerprintKey = "lxaFindingIdentity/v1";

    /// <summary>
    /// The object the finding is about: its logical location, or for findings without one (input problems)
    /// the file and the message, which for those rules names the file's problem and no line.
    /// </summary>
    public static string Subject(Diagnostic diagnostic) =>
        diagnostic.LogicalLocation ?? (diagnostic.Location.Path + "|" + diagnostic.Message);

    /// <summary>The value a finding reports (<c>value</c>, else <c>actual</c>), empty when the rule gave none.</summary>
    public static string Value(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue("value", out var value) ? value
        : diagnostic.Properties.TryGetValue("actual", out var actual) ? actual
        : string.Empty;

    /// <summary>A short hash of <see cref="Value"/>, what a suppression pins so it lapses when the value changes.</summary>
    public static string ValueHash(Diagnostic diagnostic) => Hash(Value(diagnostic))[..16];

    /// <summary>
    /// Fingerprints for a whole run in its sorted order: the same rule can fire twice on one object (two
    /// dumps of the same server), so repeats get an occurrence number and every fingerprint stays unique.
    /// </summary>
    public static IReadOnlyList<string> Fingerprints(IReadOnlyList<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new string[diagnostics.Count];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            var basis = d.Id.ToUpperInvariant() + "\n" + Subject(d) + "\n" + Value(d);
            var occurrence = seen.TryGetValue(basis, out var count) ? count + 1 : 1;
            seen[basis] = occurrence;
            var hash = Hash(basis)[..32];
            result[i] = occurrence == 1 ? hash : hash + ":" + occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return result;
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
