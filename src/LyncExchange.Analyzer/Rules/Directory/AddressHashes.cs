using System.Runtime.InteropServices;
using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Model.Directory;

namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>
/// LXA0204's first pass: a 64-bit hash of each address's uniqueness key, computed over the characters without building
/// the key. Equal keys always hash equal (case is folded only where the key's own lower/upper-casing would make the
/// characters equal; any other non-ASCII character hashes as one marker), so the addresses whose hash more than one
/// object carries include every address held by several objects; the rule then compares those by their exact keys.
/// </summary>
internal static class AddressHashes
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;
    private const ulong SipDomain = FnvOffset;
    private const ulong ProxyDomain = FnvOffset ^ 0x9E3779B97F4A7C15;
    private const char NonAscii = '\u0080';

    /// <summary>The hashes that at least two objects (LDIF entries, or people known only from cmdlets) carry.</summary>
    public static HashSet<ulong> SharedBetweenObjects(IEnumerable<DirectoryObject> directories, IEnumerable<DeploymentUser> others)
    {
        var all = new List<ulong>(directories.TryGetNonEnumeratedCount(out var count) ? count * 4 : 0);
        var one = new List<ulong>();
        foreach (var item in directories)
        {
            one.Clear();
            if (item.PrimaryUserAddress is { } sip)
            {
                one.Add(Of(sip));
            }

            foreach (var proxy in item.ProxyAddresses)
            {
                if (Of(proxy) is { } hash)
                {
                    one.Add(hash);
                }
            }

            AddDistinct(all, one);
        }

        foreach (var user in others)
        {
            one.Clear();
            if (user.SipUri.Effective is { } sip)
            {
                one.Add(Of(sip.Value));
            }

            if (user.ProxyAddresses is { } list)
            {
                foreach (var proxy in list.Addresses)
                {
                    if (Of(proxy) is { } hash)
                    {
                        one.Add(hash);
                    }
                }
            }

            AddDistinct(all, one);
        }

        var hashes = CollectionsMarshal.AsSpan(all);
        hashes.Sort();
        var shared = new HashSet<ulong>();
        for (var i = 1; i < hashes.Length; i++)
        {
            if (hashes[i] == hashes[i - 1])
            {
                shared.Add(hashes[i]);
            }
        }

        return shared;
    }

    /// <summary>Whether any address of the entry has one of <paramref name="hashes"/>.</summary>
    public static bool Any(DirectoryObject item, HashSet<ulong> hashes)
    {
        if (item.PrimaryUserAddress is { } sip && hashes.Contains(Of(sip)))
        {
            return true;
        }

        foreach (var proxy in item.ProxyAddresses)
        {
            if (Of(proxy) is { } hash && hashes.Contains(hash))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the person's SIP URI or any of the proxy addresses rules judge has one of <paramref name="hashes"/>.</summary>
    public static bool Any(DeploymentUser user, HashSet<ulong> hashes)
    {
        if (user.SipUri.Effective is { } sip && hashes.Contains(Of(sip.Value)))
        {
            return true;
        }

        if (user.ProxyAddresses is { } list)
        {
            foreach (var proxy in list.Addresses)
            {
                if (Of(proxy) is { } hash && hashes.Contains(hash))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The hash of LXA0204's SIP key, <c>(user@host).ToLowerInvariant()</c>.</summary>
    public static ulong Of(SipUri sip) => Finish(Lower(Lower(Lower(SipDomain, sip.User), "@"), sip.Host));

    /// <summary>
    /// A <c>sip:</c> entry hashes as its SIP key; any other as <c>PREFIX.ToUpperInvariant():address.Trim().ToLowerInvariant()</c>.
    /// Null for a <c>sip:</c> entry that is no SIP address (LXA0204 does not group it).
    /// </summary>
    public static ulong? Of(ProxyAddress proxy)
    {
        if (proxy.Type == ProxyAddressType.Sip)
        {
            return proxy.Sip is { } sip ? Of(sip) : null;
        }

        return Finish(Lower(Lower(Upper(ProxyDomain, proxy.Prefix), ":"), proxy.Address.AsSpan().Trim()));
    }

    private static ulong Lower(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = Step(hash, c < 0x80 ? (char)(c is >= 'A' and <= 'Z' ? c + 32 : c) : Folded(char.ToLowerInvariant(c), c));
        }

        return hash;
    }

    private static ulong Upper(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = Step(hash, c < 0x80 ? (char)(c is >= 'a' and <= 'z' ? c - 32 : c) : Folded(char.ToUpperInvariant(c), c));
        }

        return hash;
    }

    // A non-ASCII character may case-map to ASCII (the Kelvin sign to 'k', dotless i to 'I'): keep that ASCII letter;
    // everything else outside ASCII is one marker, which can only make more addresses look shared, never fewer.
    private static char Folded(char mapped, char original) => mapped < 0x80 && !char.IsSurrogate(original) ? mapped : NonAscii;

    private static ulong Step(ulong hash, char c) => (hash ^ c) * FnvPrime;

    private static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        hash ^= hash >> 33;
        return hash;
    }

    /// <summary>Appends the entry's hashes once each: an entry holding its own SIP address twice is no duplicate.</summary>
    private static void AddDistinct(List<ulong> all, List<ulong> one)
    {
        for (var i = 0; i < one.Count; i++)
        {
            var seen = false;
            for (var j = 0; j < i && !seen; j++)
            {
                seen = one[j] == one[i];
            }

            if (!seen)
            {
                all.Add(one[i]);
            }
        }
    }
}
