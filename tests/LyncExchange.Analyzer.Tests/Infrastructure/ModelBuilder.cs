using System.Collections.Immutable;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Rules;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Tests.Infrastructure;

/// <summary>
/// Builds a deployment from records written as property lists, bound by the generated binders exactly as a dump
/// would be: each record sits in its own file ("Get-X.txt"), property n on line n + 1, value at column 30.
/// </summary>
public sealed class ModelBuilder
{
    private readonly List<IDumpRecord> _records = [];
    private readonly List<CollectionRecord> _collections = [];
    private readonly InputDiagnosticBag _diagnostics = new();

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public ModelBuilder Add<T>(params (string Name, string? Value)[] properties)
        where T : IDumpRecord<T> => AddIn<T>(null, properties);

    public ModelBuilder AddIn<T>(string? path, params (string Name, string? Value)[] properties)
        where T : IDumpRecord<T>
    {
        var cmdlet = T.Info.CmdletNames.FirstOrDefault() ?? T.Info.RecordName;
        path ??= cmdlet + ".txt";
        var line = 1 + _records.Count(r => r.Source.Path == path) * (properties.Length + 2);
        var dumpProperties = properties.Select((p, i) => new DumpProperty(
            p.Name,
            ToValue(p.Value, DumpLocation.OnLine(path, line + 1 + i, 30, p.Value?.Length ?? 0)),
            DumpLocation.OnLine(path, line + 1 + i, 1, p.Name.Length))).ToImmutableArray();
        var dump = new DumpObject
        {
            SourcePath = path,
            Location = DumpLocation.OnLine(path, line + 1, 1, properties.FirstOrDefault().Name?.Length ?? 0),
            Cmdlet = cmdlet,
            Properties = dumpProperties,
        };
        _records.Add(T.Bind(dump, BindContext.Invariant(_diagnostics)));
        Collected(cmdlet);
        return this;
    }

    /// <summary>The cmdlet was run and returned nothing ("no trusted applications", not "not collected").</summary>
    public ModelBuilder CollectedEmpty(string cmdlet)
    {
        _collections.Add(new CollectionRecord(cmdlet, cmdlet + ".txt", CollectionState.CollectedEmpty, 0, DumpLocation.WholeFile(cmdlet + ".txt")));
        return this;
    }

    public DeploymentModel Build() => new(_records, _collections) { Clock = Clock };

    public List<Diagnostic> Run(Rule rule) => RuleRunner.Run(rule, Build());

    /// <summary>Runs the rule and LXA0905, so tests see what the rule says about evidence it lacked.</summary>
    public List<Diagnostic> RunWithEvidenceReport(Rule rule) =>
        [.. RuleRunner.Run(rule, Build()), .. RuleRunner.Run(new LyncExchange.Analyzer.Rules.Input.LXA0905EvidenceMissing(), Build()).Where(d => d.Message.StartsWith(rule.Descriptor.Id, StringComparison.Ordinal))];

    private void Collected(string cmdlet)
    {
        if (!_collections.Any(c => c.Cmdlet == cmdlet))
        {
            _collections.Add(new CollectionRecord(cmdlet, cmdlet + ".txt", CollectionState.Collected, 1, DumpLocation.WholeFile(cmdlet + ".txt")));
        }
    }

    private static DumpValue ToValue(string? text, DumpLocation location)
    {
        if (text is null)
        {
            return DumpValue.Null(location);
        }

        if (text.StartsWith('{') && text.EndsWith('}'))
        {
            var items = text[1..^1].Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(i => DumpValue.Scalar(i, location)).ToImmutableArray();
            return DumpValue.Collection(items, location);
        }

        return DumpValue.Scalar(text, location);
    }
}
