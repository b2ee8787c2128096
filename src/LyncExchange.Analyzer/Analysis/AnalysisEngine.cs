using System.Collections.Immutable;
using LyncExchange.Analyzer.Deployment;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats;
using LyncExchange.Analyzer.Formats.Manifest;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Rules;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Analysis;

/// <summary>
/// Runs the pipeline once: enumerate the dump set, detect each file's format, read, bind, build the
/// deployment, run the rules, apply severities, sort. Data flows one way; a failure in one file never stops the others.
/// </summary>
public static class AnalysisEngine
{
    public static AnalysisResult Run(AnalysisOptions options)
    {
        var input = new InputDiagnosticBag();
        var dumpSet = DumpSet.Open(options.Paths, options.DumpSetLimits, input);

        var files = new List<AnalyzedFile>();
        var records = new List<IDumpRecord>();
        var collections = new List<CollectionRecord>();
        var manifests = CollectorManifests.Read(dumpSet.Entries, input);
        var notRead = CollectorManifests.CopiesNotRead(manifests, dumpSet.Entries);
        var included = IncludedZoneFiles(dumpSet);
        var totalBytes = dumpSet.Entries.Sum(e => Math.Max(e.Length, 0));
        var stats = options.Statistics;
        var readClock = System.Diagnostics.Stopwatch.StartNew();
        var entries = dumpSet.Entries.Where(e => !options.CaseFiles.Contains(e.RelativePath)).ToList();

        // Each file is read into its own buffers (records, collections, input diagnostics); the buffers are merged
        // in dump-set order afterwards, so a parallel run produces exactly what a serial run does.
        var reads = new FileRead[entries.Count];
        long doneBytes = 0;
        void ReadOne(int i)
        {
            var entry = entries[i];
            options.Progress?.Report(new AnalysisProgress(entry.RelativePath, Interlocked.Read(ref doneBytes), totalBytes));
            var read = new FileRead();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (CollectorManifests.Describe(entry, manifests, notRead) is { } described)
            {
                read.File = described;
            }
            else if (included.TryGetValue(entry.RelativePath, out var includer))
            {
                read.File = new AnalyzedFile(entry.RelativePath, DumpFormat.DnsZone, "n/a", null, "included by " + includer, 0);
            }
            else
            {
                var fileContext = new ReaderContext(read.Input, options.SourceCulture, options.ReaderLimits, dumpSet);
                var fileBind = new BindContext(options.SourceCulture, read.Input);
                read.File = ReadEntry(entry, fileContext, fileBind, read.Records, read.Collections, read.Input);
            }

            stats?.AddFile(new FileReadTiming(entry.RelativePath, read.File.Format, Math.Max(entry.Length, 0), read.Records.Count, clock.Elapsed));
            Interlocked.Add(ref doneBytes, Math.Max(entry.Length, 0));
            reads[i] = read;
        }

        // Largest files first: a 1 GB export started last would leave the other cores idle.
        RunEach([.. Enumerable.Range(0, entries.Count).OrderByDescending(i => entries[i].Length).ThenBy(i => i)], options.Parallelism, ReadOne);

        foreach (var read in reads)
        {
            files.Add(read.File!);
            records.AddRange(read.Records);
            collections.AddRange(read.Collections);
            foreach (var item in read.Input.ToList())
            {
                input.Report(item);
            }
        }

        if (stats is not null)
        {
            stats.ReadTime = readClock.Elapsed;
            stats.RetainedAfterRead = MeasureRetained();
            stats.RecordsRead = records.Count;
        }

        options.Progress?.Report(new AnalysisProgress(string.Empty, totalBytes, totalBytes));

        collections.AddRange(manifests.SelectMany(m => m.ToCollectionRecords()));
        var deploymentClock = System.Diagnostics.Stopwatch.StartNew();
        var deployment = new DeploymentModel(RecordCompletion.Complete(records, input), collections)
        {
            ScenarioOverride = ParseScenario(options.Scenario, input),
            CollectionTime = CollectorManifests.CollectionTime(manifests),
        };
        var diagnostics = new List<Diagnostic>();
        foreach (var item in input.ToList())
        {
            diagnostics.Add(ToDiagnostic(item));
        }

        if (stats is not null)
        {
            stats.DeploymentTime = deploymentClock.Elapsed;
        }

        var rulesClock = System.Diagnostics.Stopwatch.StartNew();
        var rules = RuleCatalog.CreateRules().Where(rule => IsSelected(rule.Descriptor.Id, options)).ToList();

        // Rules only read the deployment, so they may run side by side; each writes its own buffer and the buffers are
        // merged in catalog order, which is exactly the sequence a serial run produces.
        var findings = new List<Diagnostic>[rules.Count];
        void RunOne(int i)
        {
            var rule = rules[i];
            var found = findings[i] = [];
            var context = new RuleContext(deployment, rule.Descriptor, found.Add);
            var ruleClock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                rule.Analyze(context);
                stats?.AddRule(new RuleTiming(rule.Descriptor.Id, ruleClock.Elapsed));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A rule bug must not hide the other rules' findings; it is reported like any input problem.
                found.Add(ToDiagnostic(new InputDiagnostic(
                    InputDiagnosticIds.ParseError,
                    DumpLocation.None,
                    $"internal error in rule {rule.Descriptor.Id}: {ex.GetType().Name}: {ex.Message}")));
            }
        }

        RunEach([.. Enumerable.Range(0, rules.Count)], options.Parallelism, RunOne);

        foreach (var found in findings)
        {
            diagnostics.AddRange(found);
        }

        if (stats is not null)
        {
            stats.RuleTime = rulesClock.Elapsed;
            stats.RetainedAfterRules = MeasureRetained();
        }

        var effective = diagnostics
            .Where(d => IsSelected(d.Id, options))
            .Select(d => ApplySeverity(d, options))
            .Where(d => d.Severity != DiagnosticSeverity.None)
            .Distinct()
            .Order(Diagnostic.Order)
            .ToImmutableArray();

        return new AnalysisResult(dumpSet.Root, [.. files], deployment, effective);
    }

    /// <summary>What reading one file produced, kept apart until the files are merged in order.</summary>
    private sealed class FileRead
    {
        public AnalyzedFile? File { get; set; }

        public List<IDumpRecord> Records { get; } = [];

        public List<CollectionRecord> Collections { get; } = [];

        public InputDiagnosticBag Input { get; } = new();
    }

    /// <summary>Zone files that another zone of the set pulls in with $INCLUDE, mapped to their includer.</summary>
    private static Dictionary<string, string> IncludedZoneFiles(DumpSet dumpSet)
    {
        var included = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in dumpSet.Entries)
        {
            try
            {
                // A generated multi-GB zone is not scanned twice; includes live in small hand-kept zones.
                if (entry.Length > 64L * 1024 * 1024 || FormatDetector.Detect(entry).Format != DumpFormat.DnsZone)
                {
                    continue;
                }

                foreach (var target in Formats.DnsZone.ZoneFileReader.IncludeTargets(entry))
                {
                    if (!string.Equals(target, entry.RelativePath, StringComparison.OrdinalIgnoreCase))
                    {
                        included.TryAdd(target, entry.RelativePath);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DumpLimitExceededException or InvalidDataException)
            {
                // The main pass reads the file again and reports the problem with its location.
            }
        }

        // Zones that include each other in a ring have no includer outside the ring: skipping them all would drop them
        // silently. The ordinal-first file of each ring is read on its own, and its reader reports the cycle.
        foreach (var start in included.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList())
        {
            var ring = new List<string>();
            for (var current = start; included.TryGetValue(current, out var includer) && !ring.Contains(current, StringComparer.OrdinalIgnoreCase); current = includer)
            {
                ring.Add(current);
            }

            if (ring.Count > 0 && included.ContainsKey(ring[^1]) && ring.Contains(included[ring[^1]], StringComparer.OrdinalIgnoreCase))
            {
                included.Remove(ring.SkipWhile(p => !string.Equals(p, included[ring[^1]], StringComparison.OrdinalIgnoreCase)).Order(StringComparer.OrdinalIgnoreCase).First());
            }
        }

        return included;
    }

    private static AnalyzedFile ReadEntry(
        DumpEntry entry,
        ReaderContext readerContext,
        BindContext bindContext,
        List<IDumpRecord> records,
        List<CollectionRecord> collections,
        IInputDiagnosticSink input)
    {
        FormatDetection detection;
        try
        {
            detection = FormatDetector.Detect(entry);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DumpLimitExceededException or InvalidDataException)
        {
            input.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.WholeFile(entry.RelativePath), $"file could not be read: {ex.Message}"));
            return new AnalyzedFile(entry.RelativePath, DumpFormat.Unknown, "unknown", null, null, 0);
        }

        if (detection.Encoding.Problem is { } problem)
        {
            input.Report(new InputDiagnostic(InputDiagnosticIds.Encoding, DumpLocation.WholeFile(entry.RelativePath), $"{entry.RelativePath}: {problem}; values containing non-ASCII characters may be wrong."));
        }

        if (ReaderRegistry.RecordReaderFor(detection.Format) is { } recordReader)
        {
            return ReadTypedRecords(entry, detection, recordReader, readerContext, records, input);
        }

        var reader = ReaderRegistry.For(detection.Format);
        if (reader is null)
        {
            if (detection.Format == DumpFormat.Unknown)
            {
                input.Report(new InputDiagnostic(
                    InputDiagnosticIds.NotRecognised,
                    DumpLocation.WholeFile(entry.RelativePath),
                    $"{entry.RelativePath}: not recognised as any dump format (tried PowerShell text, CliXml, JSON, CSV, LDIF, DNS zone, web.config, .reg); first line: '{FirstLine(entry)}'."));
            }
            else
            {
                input.Report(new InputDiagnostic(
                    InputDiagnosticIds.NotRecognised,
                    DumpLocation.WholeFile(entry.RelativePath),
                    $"{entry.RelativePath}: looks like {detection.Format}, which this version does not read yet; the file was not analysed."));
            }

            return new AnalyzedFile(entry.RelativePath, detection.Format, detection.Encoding.Name, null, null, 0);
        }

        var count = 0;
        var readerFailed = false;
        var signalled = false;
        string? fileCmdlet = null;
        string? fileDecidedBy = null;
        try
        {
            foreach (var dump in reader.Read(entry, readerContext))
            {
                // An error record or an empty result says how the collection went, not what the server holds.
                if (CmdletResolver.TryGetCollectionSignal(dump, entry, out var signal))
                {
                    signalled = true;
                    if (signal.Cmdlet is { } signalledCmdlet)
                    {
                        collections.Add(new CollectionRecord(signalledCmdlet, entry.RelativePath, signal.State, 0, signal.Location, signal.State == CollectionState.Failed ? signal.Message : null));
                        fileCmdlet ??= signalledCmdlet;
                        fileDecidedBy ??= "collection-signal";
                    }

                    continue;
                }

                if (++count > readerContext.Limits.MaxObjectsPerFile)
                {
                    // One bound for every reader, whether or not it counts its own objects.
                    count--;
                    input.Report(new InputDiagnostic(InputDiagnosticIds.Truncated, dump.Location, $"{entry.RelativePath} has more than {readerContext.Limits.MaxObjectsPerFile:N0} objects; the rest of the file was not read"));
                    break;
                }

                var (info, decidedBy) = CmdletResolver.Resolve(dump, entry);
                if (info is null)
                {
                    input.Report(new InputDiagnostic(
                        InputDiagnosticIds.UnknownProperty,
                        dump.Location,
                        $"object at line {dump.Location.Line} was not recognised as the output of any modelled cmdlet (properties: {string.Join(", ", dump.Properties.Take(5).Select(p => p.Name))}…); it was not analysed."));
                    continue;
                }

                var cmdlet = info.CmdletNames.FirstOrDefault() ?? info.RecordName;
                fileCmdlet ??= cmdlet;
                fileDecidedBy ??= decidedBy;
                records.Add(info.Bind(dump with { Cmdlet = cmdlet, CmdletDecidedBy = decidedBy }, bindContext));
                AddCollection(collections, cmdlet, entry.RelativePath, dump.Location);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            readerFailed = true;
            ReportReaderFailure(entry, ex, input);
        }

        if (count == 0 && !signalled && CmdletResolver.CmdletFromFileName(entry.RelativePath) is { } named)
        {
            // A file named after a cmdlet with no objects means "collected, returned nothing".
            collections.Add(new CollectionRecord(named, entry.RelativePath, CollectionState.CollectedEmpty, 0, DumpLocation.WholeFile(entry.RelativePath)));
            fileCmdlet = named;
            fileDecidedBy = "file-name";
        }

        return new AnalyzedFile(entry.RelativePath, detection.Format, detection.Encoding.Name, fileCmdlet, fileDecidedBy, count) { ReaderFailed = readerFailed };
    }

    private static AnalyzedFile ReadTypedRecords(
        DumpEntry entry,
        FormatDetection detection,
        IRecordReader reader,
        ReaderContext readerContext,
        List<IDumpRecord> records,
        IInputDiagnosticSink input)
    {
        var count = 0;
        var readerFailed = false;
        try
        {
            foreach (var record in reader.ReadRecords(entry, readerContext))
            {
                records.Add(record);
                count++;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            readerFailed = true;
            ReportReaderFailure(entry, ex, input);
        }

        return new AnalyzedFile(entry.RelativePath, detection.Format, detection.Encoding.Name, null, "format", count) { ReaderFailed = readerFailed };
    }

    private static void AddCollection(List<CollectionRecord> collections, string cmdlet, string path, DumpLocation location)
    {
        var index = collections.FindIndex(c => c.Path == path && c.Cmdlet == cmdlet);
        if (index < 0)
        {
            collections.Add(new CollectionRecord(cmdlet, path, CollectionState.Collected, 1, location));
        }
        else
        {
            collections[index] = collections[index] with { ObjectCount = collections[index].ObjectCount + 1 };
        }
    }

    private static string FirstLine(DumpEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            var head = new byte[Math.Min(512, Math.Max(entry.Length, 0))];
            var read = stream.Read(head, 0, head.Length);
            var encoding = TextEncodingDetector.Detect(head.AsSpan(0, read));
            var text = encoding.Encoding.GetString(head, encoding.PreambleLength, Math.Max(0, read - encoding.PreambleLength));
            var line = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? string.Empty;
            line = new string([.. line.Select(c => char.IsControl(c) ? '?' : c)]);
            return line.Length <= 60 ? line : line[..57] + "...";
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    /// <summary><c>lxa_scenario = Hybrid</c> from the configuration; a value that names no scenario is reported, not ignored.</summary>
    private static Deployment.Scenarios.LyncScenario? ParseScenario(string? value, IInputDiagnosticSink input)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<Deployment.Scenarios.LyncScenario>(value.Trim(), ignoreCase: true, out var scenario) && scenario != Deployment.Scenarios.LyncScenario.Unknown)
        {
            return scenario;
        }

        input.Report(new InputDiagnostic(InputDiagnosticIds.ParseError, DumpLocation.None, $"lxa_scenario = {value} names no scenario (LyncServerOnly, LyncOnlineOnly, Hybrid); the scenario is inferred instead"));
        return null;
    }

    private static bool IsSelected(string id, AnalysisOptions options) =>
        (options.OnlyRules.IsEmpty || options.OnlyRules.Contains(id)) && !options.ExcludedRules.Contains(id);

    private static Diagnostic ApplySeverity(Diagnostic diagnostic, AnalysisOptions options)
    {
        if (!options.SeverityOverrides.TryGetValue(diagnostic.Id, out var configured)
            && !options.CategoryOverrides.TryGetValue(diagnostic.Descriptor.Category, out configured))
        {
            return diagnostic;
        }

        // A rule that reports at several levels (LXA0302: error for policies in effect, warning otherwise) keeps
        // its relative levels; an override replaces the rule's default level and everything at it.
        var severity = diagnostic.Severity == diagnostic.Descriptor.DefaultSeverity || configured == DiagnosticSeverity.None
            ? configured
            : diagnostic.Severity;
        return diagnostic with { Severity = severity };
    }

    /// <summary>
    /// Runs <paramref name="body"/> for each index, serially in index order when <paramref name="parallelism"/> is 1, else
    /// taking <paramref name="order"/> one item at a time per worker. Callers write into per-index slots and merge them
    /// in index order, so the result never depends on the schedule.
    /// </summary>
    private static void RunEach(int[] order, int parallelism, Action<int> body)
    {
        if (parallelism <= 1 || order.Length <= 1)
        {
            for (var i = 0; i < order.Length; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(order, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            body);
    }

    /// <summary>A reader bug is reported for this file only; the rest of the dump set is still analysed.</summary>
    private static void ReportReaderFailure(DumpEntry entry, Exception ex, IInputDiagnosticSink input) =>
        input.Report(new InputDiagnostic(
            InputDiagnosticIds.ParseError,
            DumpLocation.WholeFile(entry.RelativePath),
            $"internal error while reading {entry.RelativePath} ({ex.GetType().Name}: {ex.Message}); the file was only partly read. Please report this."));

    /// <summary>
    /// Managed bytes still reachable after a full collection: what the model and the rules' indexes keep, as opposed to
    /// the peak, which also counts garbage not yet collected. Only measured for --stats, outside every timed phase.
    /// </summary>
    private static long MeasureRetained() => GC.GetTotalMemory(forceFullCollection: true);

    private static Diagnostic ToDiagnostic(InputDiagnostic input)
    {
        var descriptor = RuleCatalog.Find(input.Id) ?? RuleCatalog.Find(InputDiagnosticIds.ParseError)!;
        return new Diagnostic
        {
            Descriptor = descriptor,
            Severity = descriptor.DefaultSeverity,
            Message = input.Message,
            Location = input.Location,
            LogicalLocation = input.LogicalLocation,
        };
    }
}
