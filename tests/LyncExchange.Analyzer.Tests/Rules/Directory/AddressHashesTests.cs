using CsCheck;
using LyncExchange.Analyzer.Model.Directory;
using LyncExchange.Analyzer.Rules.Directory;

namespace LyncExchange.Analyzer.Tests.Rules.Directory;

/// <summary>
/// LXA0204 groups only the addresses whose hash several objects carry, so two addresses with the same uniqueness key
/// (the one the rule compares) must always hash alike, whatever their case or non-ASCII characters.
/// </summary>
public sealed class AddressHashesTests
{
    // ASCII of both cases, characters whose case maps to ASCII (Kelvin sign, dotless i, long s, dotted I), other
    // letters with case, a surrogate pair's halves and white space (trimmed from proxy addresses).
    private static readonly Gen<char> Character = Gen.Frequency(
        (10, Gen.Char["abcKkIiSsXYZ019-._@"]),
        (3, Gen.Char["\u212A\u0131\u017F\u0130\u00C0\u00E0\u0391\u03B1\u0401\u0451"]),
        (1, Gen.Char["\uD83D\uDE00 \t"]));

    private static readonly Gen<string> Part = Gen.String[Character, 0, 12];

    private static readonly string[] Prefixes = ["SMTP", "smtp", "X500", "x500", "EUM", "eum", "X400", "sMtP", "ſmtp", "xyz", "XYZ"];

    private static readonly Gen<string> Prefix = Gen.Int[0, 10].Select(i => Prefixes[i]);

    [Fact]
    public void ProxyAddresses_SameUniquenessKey_HashAlike() =>
        Gen.Select(Prefix, Part, Prefix, Part).Sample((prefix, address, otherPrefix, otherAddress) =>
        {
            var one = Proxy(prefix + ":" + address);
            var two = Proxy(otherPrefix + ":" + otherAddress);
            if (one is null || two is null || one.Type == ProxyAddressType.Sip || two.Type == ProxyAddressType.Sip)
            {
                return;
            }

            if (Key(one) == Key(two))
            {
                Assert.Equal(AddressHashes.Of(one), AddressHashes.Of(two));
            }
        }, iter: 20000);

    [Fact]
    public void ProxyAddresses_CaseVariantsOfOneAddress_HashAlike() =>
        Gen.Select(Prefix, Part, Gen.Bool, Gen.Bool).Sample((prefix, address, upperPrefix, upperAddress) =>
        {
            var original = Proxy(prefix + ":" + address);
            var variant = Proxy((upperPrefix ? prefix.ToUpperInvariant() : prefix.ToLowerInvariant()) + ":" + (upperAddress ? address.ToUpperInvariant() : address.ToLowerInvariant()) + " ");
            if (original is null || variant is null || original.Type == ProxyAddressType.Sip || Key(original) != Key(variant))
            {
                return;
            }

            Assert.Equal(AddressHashes.Of(original), AddressHashes.Of(variant));
        }, iter: 20000);

    [Fact]
    public void SipAddresses_SameLowerCasedUserAtHost_HashAlike() =>
        Gen.Select(Part, Part, Gen.Bool).Sample((user, host, upper) =>
        {
            var one = new SipUri("sip", user, host, null, string.Empty, true);
            var two = new SipUri("sip", upper ? user.ToUpperInvariant() : user.ToLowerInvariant(), upper ? host.ToLowerInvariant() : host.ToUpperInvariant(), null, string.Empty, false);
            if ((one.User + "@" + one.Host).ToLowerInvariant() == (two.User + "@" + two.Host).ToLowerInvariant())
            {
                Assert.Equal(AddressHashes.Of(one), AddressHashes.Of(two));
            }

            // A SIP: proxy entry hashes as the SIP address it names.
            if (ProxyAddress.TryParse("SIP:" + user + "@" + host, out var proxy, out _) && proxy?.Sip is { } parsed)
            {
                Assert.Equal(AddressHashes.Of(parsed), AddressHashes.Of(proxy));
            }
        }, iter: 20000);

    [Fact]
    public void ProxyAddresses_KeysThatDiffer_UsuallyHashApart()
    {
        var hashes = Enumerable.Range(0, 10000).Select(i => AddressHashes.Of(Proxy($"smtp:user{i}@contoso.com")!)).ToHashSet();

        Assert.Equal(10000, hashes.Count);
    }

    private static ProxyAddress? Proxy(string text) => ProxyAddress.TryParse(text, out var proxy, out _) ? proxy : null;

    // LXA0204's key for a proxy address that is not a SIP one.
    private static string Key(ProxyAddress proxy) => proxy.Prefix.ToUpperInvariant() + ":" + proxy.Address.Trim().ToLowerInvariant();
}
