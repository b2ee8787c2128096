using System.Collections.Immutable;
using LyncExchange.Analyzer.Deployment;

namespace LyncExchange.Analyzer.Formats.Manifest;

/// <summary>
/// What <c>Collect-LyncExchangeDump.ps1</c> says about one run (its <c>manifest.json</c>): when it ran and, per
/// command, whether it succeeded, returned nothing, failed (with the error text) or was not available.
/// </summary>
/// <param name="Path">The manifest's path in the dump set.</param>
/// <param name="Directory">The folder the manifest's file paths are relative to (dump-set form, ends with <c>/</c> or is empty).</param>
public sealed record CollectorManifest(
    string Path,
    string Directory,
    string? CollectorVersion,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    ImmutableArray<ManifestCommand> Commands)
{
    /// <summary>
    /// The collection outcomes the data files cannot tell: a command that failed or returned nothing writes no
    /// file. Commands that produced files are recorded by the engine from the objects it reads.
    /// </summary>
    public IEnumerable<CollectionRecord> ToCollectionRecords()
    {
        foreach (var command in Commands)
        {
            switch (command.State)
            {
                case ManifestCommandState.Failed:
                    var error = command.Error ?? "no error text recorded";
                    yield return new CollectionRecord(command.Name, Path, CollectionState.Failed, 0, command.Location,
                        command.Server is null ? error : $"{command.Server}: {error}");
                    break;
                case ManifestCommandState.ReturnedNothing:
                    yield return new CollectionRecord(command.Name, Path, CollectionState.CollectedEmpty, 0, command.Location);
                    break;
            }
        }
    }
}
