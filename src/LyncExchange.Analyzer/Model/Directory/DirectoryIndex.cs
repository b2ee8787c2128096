using LyncExchange.Analyzer.Deployment;

namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>
/// The directory's hash indexes, built once per deployment (<see cref="DeploymentModel.GetIndex{TIndex}"/>):
/// by SIP address (<c>msRTCSIP-PrimaryUserAddress</c>; host case-insensitive, user ordinal), by every proxy
/// address (type and address case-insensitive), by mail, by UPN and by DN. Each index also lists its duplicates.
/// </summary>
public sealed class DirectoryIndex
{
    private DirectoryIndex(IReadOnlyCollection<DirectoryObject> objects)
    {
        var capacity = objects.Count;
        BySip = new DirectoryKeyIndex<SipUri>(null, capacity);
        ByProxyAddress = new DirectoryKeyIndex<ProxyAddress>(null, capacity * 3);
        ByMail = new DirectoryKeyIndex<string>(StringComparer.OrdinalIgnoreCase, capacity);
        ByUserPrincipalName = new DirectoryKeyIndex<string>(StringComparer.OrdinalIgnoreCase, capacity);
        ByDistinguishedName = new DirectoryKeyIndex<DistinguishedName>(null, capacity);
        foreach (var item in objects)
        {
            Add(item);
        }

        Objects = objects;
    }

    public IReadOnlyCollection<DirectoryObject> Objects { get; }

    public DirectoryKeyIndex<SipUri> BySip { get; }

    public DirectoryKeyIndex<ProxyAddress> ByProxyAddress { get; }

    public DirectoryKeyIndex<string> ByMail { get; }

    public DirectoryKeyIndex<string> ByUserPrincipalName { get; }

    public DirectoryKeyIndex<DistinguishedName> ByDistinguishedName { get; }

    /// <summary>The shared index of a deployment, built on first use.</summary>
    public static DirectoryIndex For(DeploymentModel deployment) => deployment.GetIndex(Build);

    public static DirectoryIndex Build(DeploymentModel deployment) => Build([.. deployment.All<DirectoryObject>()]);

    public static DirectoryIndex Build(IReadOnlyCollection<DirectoryObject> objects) => new(objects);

    /// <summary>Objects whose SIP address matches, or that list it as a <c>SIP:</c> proxy address.</summary>
    public IEnumerable<DirectoryObject> FindBySipAnywhere(SipUri sip)
    {
        var seen = new HashSet<DirectoryObject>(ReferenceEqualityComparer.Instance);
        foreach (var item in BySip.Find(sip))
        {
            if (seen.Add(item))
            {
                yield return item;
            }
        }

        if (ProxyAddress.TryParse("SIP:" + sip.UserAtHost, out var proxy, out _) && proxy is not null)
        {
            foreach (var item in ByProxyAddress.Find(proxy))
            {
                if (seen.Add(item))
                {
                    yield return item;
                }
            }
        }
    }

    private void Add(DirectoryObject item)
    {
        ByDistinguishedName.Add(item.DistinguishedName, item);
        if (item.PrimaryUserAddress is { } sip)
        {
            BySip.Add(sip, item);
        }

        foreach (var proxy in item.ProxyAddresses)
        {
            ByProxyAddress.Add(proxy, item);
        }

        if (!string.IsNullOrWhiteSpace(item.Mail))
        {
            ByMail.Add(item.Mail.Trim(), item);
        }

        if (!string.IsNullOrWhiteSpace(item.UserPrincipalName))
        {
            ByUserPrincipalName.Add(item.UserPrincipalName.Trim(), item);
        }
    }
}
