using System.Collections.Immutable;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Deployment.Users;

/// <summary>
/// One source's proxy addresses (LDIF <c>proxyAddresses</c> or a recipient's <c>EmailAddresses</c>), each with its
/// location. A truncated list (<c>{SMTP:a, sip:b...}</c>, <c>proxyAddresses;range=0-1499</c>) is inconclusive: an address
/// missing from it may simply have been cut, so rules must not read absence from it.
/// </summary>
public sealed class ProxyAddressList
{
    private ImmutableArray<DumpLocation> _locations;

    public ProxyAddressList(UserSource source, IDumpRecord record, string attribute, ImmutableArray<ProxyAddress> addresses, ImmutableArray<DumpLocation> locations, bool isTruncated)
    {
        Source = source;
        Record = record;
        Attribute = attribute;
        Addresses = addresses;
        _locations = locations;
        IsTruncated = isTruncated;
    }

    /// <summary>An LDIF entry's list: the lines are decoded from the entry's compact locations only when a rule asks.</summary>
    internal ProxyAddressList(UserSource source, DirectoryObject record, string attribute, ImmutableArray<ProxyAddress> addresses, bool isTruncated)
    {
        Source = source;
        Record = record;
        Attribute = attribute;
        Addresses = addresses;
        IsTruncated = isTruncated;
    }

    public UserSource Source { get; }

    public IDumpRecord Record { get; }

    public string Attribute { get; }

    public ImmutableArray<ProxyAddress> Addresses { get; }

    /// <summary>One location per address (the n-th <c>proxyAddresses</c> line for the n-th address).</summary>
    public ImmutableArray<DumpLocation> Locations
    {
        get
        {
            if (_locations.IsDefault)
            {
                // Benign race: every thread decodes the same lines.
                _locations = ((DirectoryObject)Record).Locations.All(DirectoryAttribute.ProxyAddresses);
            }

            return _locations;
        }
    }

    public bool IsTruncated { get; }

    /// <summary>Whether any entry has a <c>sip</c> prefix in any case (<see cref="SipProxies"/> is not empty), without locating it.</summary>
    internal bool HasSipProxy
    {
        get
        {
            foreach (var address in Addresses)
            {
                if (address.Type == ProxyAddressType.Sip)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>RULES.md §B.0 SipProxies(u): entries whose prefix is <c>sip</c> in any case (decision 2), with their lines.</summary>
    public ImmutableArray<(ProxyAddress Address, DumpLocation Location)> SipProxies
    {
        get
        {
            // Most lists have no sip: entry or one; rules ask for this per user, so no builder unless there is one.
            ImmutableArray<(ProxyAddress, DumpLocation)>.Builder? sips = null;
            for (var i = 0; i < Addresses.Length; i++)
            {
                if (Addresses[i].Type == ProxyAddressType.Sip)
                {
                    sips ??= ImmutableArray.CreateBuilder<(ProxyAddress, DumpLocation)>();
                    sips.Add((Addresses[i], Locations[i]));
                }
            }

            return sips is null ? [] : sips.ToImmutable();
        }
    }

    /// <summary>Decision 2: the uppercase <c>SIP:</c> entry is the one compared when there are several.</summary>
    public (ProxyAddress Address, DumpLocation Location)? PrimarySip => First(ProxyAddressType.Sip);

    /// <summary>RULES.md §B.0 PrimarySmtp(u): the uppercase <c>SMTP:</c> entry.</summary>
    public (ProxyAddress Address, DumpLocation Location)? PrimarySmtp => First(ProxyAddressType.Smtp);

    public DumpLocation Location => Locations.IsEmpty ? Record.Source.Location : Locations[0];

    private (ProxyAddress Address, DumpLocation Location)? First(ProxyAddressType type)
    {
        for (var i = 0; i < Addresses.Length; i++)
        {
            if (Addresses[i].Type == type && Addresses[i].IsPrimary)
            {
                return (Addresses[i], Locations[i]);
            }
        }

        return null;
    }

    /// <summary>Words for messages: <c>LDIF proxyAddresses</c>, <c>Get-Mailbox EmailAddresses</c>.</summary>
    public string Describe() => Source == UserSource.Directory ? "LDIF " + Attribute : (Record.Source.Cmdlet ?? "Get-Recipient") + " " + Attribute;
}
