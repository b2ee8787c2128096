using LyncExchange.Analyzer.Deployment;

namespace LyncExchange.Analyzer.Rules;

/// <summary>
/// An input a rule cannot judge without: what it is, the exact command that collects it, and how to tell it is there.
/// A rule whose requirement is unmet does not pass silently; LXA0905 names it with the command.
/// </summary>
public sealed record EvidenceRequirement(string Evidence, string CollectCommand, Func<DeploymentModel, bool> IsSatisfied)
{
    /// <summary>The cmdlet's output was collected (with objects, or empty, which is an answer too).</summary>
    public static EvidenceRequirement Cmdlet(string cmdlet, string? command = null) => new(
        $"no {cmdlet} output",
        command ?? $"{cmdlet} | Export-Clixml {cmdlet}.xml",
        d => d.StateOf(cmdlet) is CollectionState.Collected or CollectionState.CollectedEmpty)
    {
        CmdletName = cmdlet,
    };

    /// <summary>The cmdlet this requirement is about, when it is one.</summary>
    public string? CmdletName { get; init; }

    /// <summary>
    /// What LXA0905 says is missing: "collected, failed: &lt;error&gt;" when the collector's manifest recorded the
    /// cmdlet failing (so the engineer fixes the permission or connectivity, not the collection), otherwise <see cref="Evidence"/>.
    /// </summary>
    public string DescribeMissing(DeploymentModel deployment) =>
        CmdletName is { } cmdlet
        && deployment.StateOf(cmdlet) == CollectionState.Failed
        && deployment.Collections.FirstOrDefault(c => c.State == CollectionState.Failed && string.Equals(c.Cmdlet, cmdlet, StringComparison.OrdinalIgnoreCase)) is { } failed
            ? $"{cmdlet} collected, failed: {failed.Error}"
            : Evidence;

    /// <summary>At least one record of a type was bound (for inputs that are files rather than cmdlets).</summary>
    public static EvidenceRequirement Records<T>(string evidence, string command)
        where T : Model.Binding.IDumpRecord => new(evidence, command, d => d.All<T>().Any());
}
