using System.Net;
using CsCheck;
using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Tests.Model.Dns;

/// <summary>Address RDATA kept as octets gives back the address it was made from, and is equal exactly when the addresses are.</summary>
public sealed class AddressDataTests
{
    private static readonly Gen<IPAddress> Address = Gen.OneOf(
        Gen.Byte.Array[4].Select(octets => new IPAddress(octets)),
        Gen.Select(Gen.Byte.Array[16], Gen.OneOf(Gen.Const(0L), Gen.Long[1, 9]), (octets, scope) => new IPAddress(octets, scope)),
        Gen.OneOf(Gen.Const(IPAddress.Loopback), Gen.Const(IPAddress.IPv6Loopback), Gen.Const(IPAddress.Parse("::ffff:10.0.0.1")), Gen.Const(IPAddress.Parse("0.0.0.0"))));

    [Fact]
    public void Address_AnyAddress_RoundTripsWithItsTextAndEquality() =>
        Gen.Select(Address, Address).Sample((a, b) =>
        {
            var data = new AddressData(a);
            Assert.Equal(a, data.Address);
            Assert.Equal(a.ToString(), data.ToPresentation());
            Assert.Equal(a.Equals(b), data.Equals(new AddressData(b)));
            Assert.Equal(new AddressData(a), new AddressData(IPAddress.Parse(a.ToString())));
        }, iter: 5000);
}
