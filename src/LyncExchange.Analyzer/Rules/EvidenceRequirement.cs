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

    /// <summary>
    /// Directory users are in the dump set: an LDIF export of users, or <c>Get-CsUser</c> together with a recipient cmdlet.
    /// The command asks ldifde for exactly the attributes the directory model types.
    /// </summary>
    public static EvidenceRequirement DirectoryUsers { get; } = new(
        "no directory users (an ldifde export of users, or Get-CsUser together with Get-Mailbox/Get-Recipient)",
        "ldifde -f users.ldf -d \"<base DN>\" -r \"(&(objectCategory=person)(objectClass=user))\" -l \""
            + string.Join(",", Enum.GetValues<Model.Directory.DirectoryAttribute>().Where(a => a != Model.Directory.DirectoryAttribute.Dn).Select(Model.Directory.DirectoryAttributeNames.NameOf))
            + "\"",
        d => d.All<Model.Directory.DirectoryObject>().Any(o => o.IsPerson)
            || (d.StateOf("Get-CsUser") is CollectionState.Collected or CollectionState.CollectedEmpty
                && new[] { "Get-Mailbox", "Get-RemoteMailbox", "Get-Recipient" }.Any(c => d.StateOf(c) is CollectionState.Collected or CollectionState.CollectedEmpty)));

    /// <summary>At least one record of a type was bound (for inputs that are files rather than cmdlets).</summary>
    public static EvidenceRequirement Records<T>(string evidence, string command)
        where T : Model.Binding.IDumpRecord => new(evidence, command, d => d.All<T>().Any());
}
