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

        var context = new BuildContext(scenario, evidence);
        var users = UsersIndex.Of(deployment).LyncUsers
            .Select(u => ForUser(u, context))
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
            int supported = 0, notSupported = 0, ok = 0, broken = 0, unknown = 0;
            foreach (var user in users)
            {
                var x = user.Features.First(x => x.Feature == f);
                supported += x.Expected == "Supported" ? 1 : 0;
                notSupported += x.Expected is "NotSupported" or "NotSupportedForThisUser" ? 1 : 0;
                ok += x.Status == "OK" ? 1 : 0;
                broken += x.Status == "Broken" ? 1 : 0;
                unknown += x.Status == "Unknown" ? 1 : 0;
            }

            return new FeatureCount(f, supported, notSupported, ok, broken, unknown);
        }).ToImmutableArray();

        return new SupportReport(scenario.ToString(), users, cells, features);
    }

    private static UserSupport ForUser(DeploymentUser user, BuildContext context)
    {
        var home = user.Home switch
        {
            UserHome.OnPremises => "OnPrem",
            UserHome.Online => "Online",
            UserHome.NotSet when !user.IsLyncEnabled => "None",
            _ => "Unknown",
        };
        var mailbox = user.EffectiveMailboxLocation;
        ImmutableArray<FeatureSupport> features;
        if (user.DerivesOnDemand && user.DistinguishedName is { } dn && !context.Evidence.NamesPerson(dn.Text))
        {
            // An LDIF-only person no finding names (its only identity is user:<DN>): the features depend on the home and
            // the mailbox alone, so a million users take a handful of evaluations.
            if (!context.ByCase.TryGetValue((home, mailbox), out features))
            {
                context.ByCase.Add((home, mailbox), features = FeaturesOf(home, mailbox, context, static () => NoIdentities));
            }
        }
        else
        {
            // Only findings about one person need the person's identities; most runs have none for most users.
            HashSet<string>? identities = null;
            var list = new FeatureList(FeaturesOf(home, mailbox, context, () =>
                identities ??= user.Records.Select(r => r.ObjectIdentity).Append(user.ObjectIdentity).ToHashSet(StringComparer.OrdinalIgnoreCase)));
            if (!context.Shared.TryGetValue(list, out features))
            {
                context.Shared.Add(list, features = list.Features);
            }
        }

        return new UserSupport(user.Name, user.SipUri.Effective?.Value.Normalized, home, mailbox.ToString(), context.Scenario.ToString(), SupportMatrices.For(mailbox)?.Source, features);
    }

    private static ImmutableArray<FeatureSupport> FeaturesOf(string home, MailboxLocation mailbox, BuildContext context, Func<HashSet<string>> identities)
    {
        var scenario = context.Scenario;
        var evidence = context.Evidence;
        var matrix = SupportMatrices.For(mailbox);
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

                if (!context.IsImplemented(gate))
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

        return features.ToImmutable();
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

        // Per rule, built on first use: whether a finding concerns every user, and the first finding per person, so a
        // user is answered with a few lookups instead of a scan of every finding (a million users × thousands of findings).
        private readonly Dictionary<string, Concerned> _firedIndex = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Concerned> _notEvaluatedIndex = new(StringComparer.Ordinal);

        // Every DN a finding names as "user:<DN>", whatever its rule: a person none of whose identities is named is
        // concerned only by the findings that concern everyone.
        private HashSet<string>? _namedUsers;

        /// <summary>Whether some finding names <c>user:<paramref name="distinguishedName"/></c> (the identity of an LDIF-only person).</summary>
        public bool NamesPerson(string distinguishedName)
        {
            if (_namedUsers is null)
            {
                _namedUsers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                var named = _fired.Values.SelectMany(list => list.Select(d => d.LogicalLocation))
                    .Concat(_notEvaluated.Values.SelectMany(list => list.Select(e => e.Object)));
                foreach (var identity in named)
                {
                    if (identity is not null && identity.StartsWith("user:", StringComparison.OrdinalIgnoreCase))
                    {
                        _namedUsers.Add(identity[5..]);
                    }
                }
            }

            return _namedUsers.Contains(distinguishedName);
        }

        public bool Fired(string rule, Func<HashSet<string>> user) =>
            _fired.TryGetValue(rule, out var list) && IndexOf(_firedIndex, rule, list, d => d.LogicalLocation).First(user) >= 0;

        public string? NotEvaluated(string rule, Func<HashSet<string>> user) =>
            _notEvaluated.TryGetValue(rule, out var list) && IndexOf(_notEvaluatedIndex, rule, list, e => e.Object).First(user) is var first and >= 0 ? list[first].Why : null;

        private static Concerned IndexOf<T>(Dictionary<string, Concerned> indexes, string rule, List<T> list, Func<T, string?> objectOf)
        {
            if (!indexes.TryGetValue(rule, out var index))
            {
                indexes.Add(rule, index = new Concerned(list.Select(objectOf)));
            }

            return index;
        }

        /// <summary>
        /// Which of a rule's findings, in order, concern a user: one with no logical location or one that names no person
        /// concerns everyone; one that names a person concerns the users holding that identity.
        /// </summary>
        private sealed class Concerned
        {
            private readonly int _firstForEveryone = -1;
            private readonly Dictionary<string, int> _firstByPerson = new(StringComparer.OrdinalIgnoreCase);

            public Concerned(IEnumerable<string?> objects)
            {
                var i = 0;
                foreach (var logicalLocation in objects)
                {
                    if (logicalLocation is null || !IsPersonIdentity(logicalLocation))
                    {
                        if (_firstForEveryone < 0)
                        {
                            _firstForEveryone = i;
                        }
                    }
                    else
                    {
                        _firstByPerson.TryAdd(logicalLocation, i);
                    }

                    i++;
                }
            }

            /// <summary>The first finding that concerns the user, or -1.</summary>
            public int First(Func<HashSet<string>> user)
            {
                var first = _firstForEveryone;
                if (_firstByPerson.Count == 0 || first == 0)
                {
                    return first;
                }

                foreach (var identity in user())
                {
                    if (_firstByPerson.TryGetValue(identity, out var at) && (first < 0 || at < first))
                    {
                        first = at;
                    }
                }

                return first;
            }
        }

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

    private static readonly HashSet<string> NoIdentities = [];

    /// <summary>What one build shares across its users.</summary>
    private sealed class BuildContext(LyncScenario scenario, RunEvidence evidence)
    {
        private readonly Dictionary<string, bool> _implemented = new(StringComparer.Ordinal);

        public LyncScenario Scenario { get; } = scenario;

        public RunEvidence Evidence { get; } = evidence;

        /// <summary>Feature lists of people no finding names, by home and mailbox.</summary>
        public Dictionary<(string Home, MailboxLocation Mailbox), ImmutableArray<FeatureSupport>> ByCase { get; } = [];

        /// <summary>Every distinct feature list of the other people, kept once.</summary>
        public Dictionary<FeatureList, ImmutableArray<FeatureSupport>> Shared { get; } = [];

        public bool IsImplemented(string rule)
        {
            if (!_implemented.TryGetValue(rule, out var implemented))
            {
                _implemented.Add(rule, implemented = RuleCatalog.Find(rule) is not null);
            }

            return implemented;
        }
    }

    /// <summary>A user's feature list compared by value, so equal lists are stored once.</summary>
    private sealed class FeatureList(ImmutableArray<FeatureSupport> features) : IEquatable<FeatureList>
    {
        public ImmutableArray<FeatureSupport> Features { get; } = features;

        public bool Equals(FeatureList? other)
        {
            if (other is null || other.Features.Length != Features.Length)
            {
                return false;
            }

            for (var i = 0; i < Features.Length; i++)
            {
                var (a, b) = (Features[i], other.Features[i]);
                if (a.Feature != b.Feature || a.Expected != b.Expected || a.Reason != b.Reason || a.Status != b.Status
                    || !a.BlockedBy.SequenceEqual(b.BlockedBy) || !a.MissingEvidence.SequenceEqual(b.MissingEvidence))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as FeatureList);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var feature in Features)
            {
                hash.Add(feature.Feature);
                hash.Add(feature.Expected);
                hash.Add(feature.Reason);
                hash.Add(feature.Status);
                hash.Add(feature.BlockedBy.Length);
                hash.Add(feature.MissingEvidence.Length);
            }

            return hash.ToHashCode();
        }
    }
}
