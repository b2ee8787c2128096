using System.Collections.Immutable;
using LyncExchange.Analyzer.Deployment.Scenarios;
using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Rules;

namespace LyncExchange.Analyzer.Analysis.Support;

/// <summary>
/// RULES.md §D.3: per Lync user, what KB 2614242 / 2614614 say should work (the matrices as data, footnotes resolved
/// with the user's home), and whether this run's diagnostics break it. Not diagnostics, so a million users do not
/// flood the report; the summary counts are the support engineer's to-do list.
/// </summary>
public sealed record SupportReport(string Scenario, ImmutableArray<UserSupport> Users, ImmutableArray<SupportCellCount> Cells, ImmutableArray<FeatureCount> Features)
{
    public static SupportReport Build(AnalysisResult result)
    {
        var deployment = result.Deployment;
        var scenario = deployment.Scenario.Scenario;
        var evidence = new RunEvidence(result.Diagnostics);
        var users = UsersIndex.Of(deployment).LyncUsers
            .Select(u => ForUser(u, scenario, evidence))
            .OrderBy(u => u.User, StringComparer.OrdinalIgnoreCase)
            .ThenBy(u => u.Sip, StringComparer.Ordinal)
            .ToImmutableArray();

        var cells = users
            .GroupBy(u => (u.Scenario, u.LyncHome, u.Mailbox))
            .Select(g => new SupportCellCount(g.Key.Scenario, g.Key.LyncHome, g.Key.Mailbox, g.Count()))
            .OrderBy(c => c.Scenario, StringComparer.Ordinal).ThenBy(c => c.LyncHome, StringComparer.Ordinal).ThenBy(c => c.Mailbox, StringComparer.Ordinal)
            .ToImmutableArray();

        var features = Enum.GetValues<SupportFeature>().Select(f =>
        {
            var all = users.Select(u => u.Features.First(x => x.Feature == f)).ToList();
            return new FeatureCount(
                f,
                all.Count(x => x.Expected == "Supported"),
                all.Count(x => x.Expected is "NotSupported" or "NotSupportedForThisUser"),
                all.Count(x => x.Status == "OK"),
                all.Count(x => x.Status == "Broken"),
                all.Count(x => x.Status == "Unknown"));
        }).ToImmutableArray();

        return new SupportReport(scenario.ToString(), users, cells, features);
    }

    private static UserSupport ForUser(DeploymentUser user, LyncScenario scenario, RunEvidence evidence)
    {
        var home = user.Home switch
        {
            UserHome.OnPremises => "OnPrem",
            UserHome.Online => "Online",
            UserHome.NotSet when !user.IsLyncEnabled => "None",
            _ => "Unknown",
        };
        var mailbox = user.EffectiveMailboxLocation;
        var matrix = SupportMatrices.For(mailbox);
        var identities = user.Records.Select(r => r.ObjectIdentity).Append(user.ObjectIdentity).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var features = ImmutableArray.CreateBuilder<FeatureSupport>();
        foreach (var feature in Enum.GetValues<SupportFeature>())
        {
            var (expected, reason) = Expect(feature, scenario, home, mailbox, matrix);
            if (expected != "Supported")
            {
                features.Add(new FeatureSupport(feature, expected, reason, null, [], []));
                continue;
            }

            var blocked = new SortedSet<string>(StringComparer.Ordinal);
            var missing = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var gate in SupportMatrices.Gates[feature])
            {
                if (SupportMatrices.ExchangeOnlineGates.Contains(gate) && mailbox != MailboxLocation.ExchangeOnline)
                {
                    continue;
                }

                if (SupportMatrices.IsOnPremisesExchangeGate(gate) && mailbox != MailboxLocation.Exchange2013)
                {
                    continue;
                }

                if (RuleCatalog.Find(gate) is null)
                {
                    missing.Add(gate + ":rule not implemented in this version");
                    continue;
                }

                if (evidence.Fired(gate, identities))
                {
                    blocked.Add(gate);
                }
                else if (evidence.NotEvaluated(gate, identities) is { } why)
                {
                    missing.Add(why);
                }
            }

            var status = blocked.Count > 0 ? "Broken" : missing.Count > 0 ? "Unknown" : "OK";
            features.Add(new FeatureSupport(feature, expected, reason, status, [.. blocked], [.. missing]));
        }

        return new UserSupport(user.Name, user.SipUri.Effective?.Value.Normalized, home, mailbox.ToString(), scenario.ToString(), matrix?.Source, features.ToImmutable());
    }

    /// <summary>§D.3 "expected": the matrix cell resolved against its footnote with the user's home.</summary>
    private static (string Expected, string? Reason) Expect(
        SupportFeature feature,
        LyncScenario scenario,
        string home,
        MailboxLocation mailbox,
        (string Source, System.Collections.Frozen.FrozenDictionary<LyncScenario, System.Collections.Frozen.FrozenDictionary<SupportFeature, MatrixCell>> Matrix)? matrix)
    {
        if (mailbox is MailboxLocation.None or MailboxLocation.ExchangeLegacy)
        {
            // JJ688055: UCS and HD photos need Exchange 2013; OWA features need a mailbox OWA serves with Lync IM.
            return feature == SupportFeature.OutlookIntegration_EWS_MAPI && mailbox == MailboxLocation.ExchangeLegacy
                ? ("Unknown", "KB 2614242 and 2614614 cover Exchange 2013 and Exchange Online mailboxes only; the mailbox is ExchangeLegacy")
                : ("NotSupported", $"mailbox is {mailbox}");
        }

        if (matrix is not { } known || !known.Matrix.TryGetValue(scenario, out var row))
        {
            return ("Unknown", matrix is null ? "mailbox location unknown" : "scenario unknown");
        }

        return row[feature] switch
        {
            MatrixCell.Supported => ("Supported", null),
            MatrixCell.NotSupported => ("NotSupported", $"{known.Source}: not supported for {scenario}"),
            MatrixCell.SupportedOnPremHomedOnly => home switch
            {
                "OnPrem" => ("Supported", null),
                "Online" => ("NotSupportedForThisUser", "SupportedOnPremHomedOnly; user is Online"),
                _ => ("Unknown", "SupportedOnPremHomedOnly; user's Lync home is " + home),
            },
            MatrixCell.SupportedOnlineHomedOnly => home switch
            {
                "Online" => ("Supported", null),
                "OnPrem" => ("NotSupportedForThisUser", "SupportedOnlineHomedOnly; user is OnPrem"),
                _ => ("Unknown", "SupportedOnlineHomedOnly; user's Lync home is " + home),
            },
            _ => ("Unknown", null),
        };
    }

    /// <summary>
    /// This run's diagnostics as gating evidence. A finding "concerns" a user when its logical location is one of the
    /// user's records, or when it names no user at all (a server, pool or policy every user depends on). Only
    /// warnings and errors break a feature: info variants are notes (a case-only SIP difference, a client caveat).
    /// </summary>
    private sealed class RunEvidence
    {
        private readonly Dictionary<string, List<Diagnostic>> _fired = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string? Object, string Why)>> _notEvaluated = new(StringComparer.Ordinal);

        public RunEvidence(IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                switch (diagnostic.Id)
                {
                    case InputDiagnosticIds.EvidenceMissing:
                        var rule = diagnostic.Properties.GetValueOrDefault("rule") ?? FirstRuleId(diagnostic.Message);
                        if (rule is not null)
                        {
                            Add(_notEvaluated, rule, (diagnostic.LogicalLocation, "LXA0905:" + rule));
                        }

                        break;
                    case InputDiagnosticIds.Truncated:
                        foreach (var id in RuleIds(diagnostic.Message))
                        {
                            Add(_notEvaluated, id, (diagnostic.LogicalLocation, "LXA0901:" + id));
                        }

                        break;
                    default:
                        if (diagnostic.Severity >= DiagnosticSeverity.Warning)
                        {
                            Add(_fired, diagnostic.Id, diagnostic);
                        }

                        break;
                }
            }
        }

        public bool Fired(string rule, HashSet<string> user) =>
            _fired.TryGetValue(rule, out var list) && list.Any(d => Concerns(d.LogicalLocation, user));

        public string? NotEvaluated(string rule, HashSet<string> user) =>
            _notEvaluated.TryGetValue(rule, out var list) ? list.Where(e => Concerns(e.Object, user)).Select(e => e.Why).FirstOrDefault() : null;

        private static bool Concerns(string? logicalLocation, HashSet<string> user) =>
            logicalLocation is null || user.Contains(logicalLocation) || !IsPersonIdentity(logicalLocation);

        /// <summary>Identities of per-person records (LDIF users, Get-CsUser, recipients) as the rules write them.</summary>
        private static bool IsPersonIdentity(string identity) =>
            identity.StartsWith("user:", StringComparison.OrdinalIgnoreCase)
            || identity.StartsWith("CsUser:", StringComparison.OrdinalIgnoreCase)
            || identity.StartsWith("Mailbox:", StringComparison.OrdinalIgnoreCase)
            || identity.StartsWith("contact:", StringComparison.OrdinalIgnoreCase);

        private static string? FirstRuleId(string message) =>
            message.Length >= 7 && message.StartsWith("LXA", StringComparison.Ordinal) ? message[..7] : null;

        private static IEnumerable<string> RuleIds(string message)
        {
            for (var i = message.IndexOf("LXA", StringComparison.Ordinal); i >= 0 && i + 7 <= message.Length; i = message.IndexOf("LXA", i + 3, StringComparison.Ordinal))
            {
                yield return message.Substring(i, 7);
            }
        }

        private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(value);
        }
    }
}
