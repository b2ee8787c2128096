using LyncExchange.Analyzer.Formats.Shared;
using LyncExchange.Analyzer.Model.Directory;
using Sprache;

namespace LyncExchange.Analyzer.Tests.Formats.Shared;

public sealed class ProxyAddressGrammarTests
{
    [Theory]
    [InlineData("SMTP:ken@contoso.com", "SMTP", "ken@contoso.com")]
    [InlineData("x500:/o=Litware/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=a", "x500", "/o=Litware/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=a")]
    [InlineData("X400:c=US;a= ;p=First Organizati;o=Exchange;s=EX;", "X400", "c=US;a= ;p=First Organizati;o=Exchange;s=EX;")]
    [InlineData("sip:sip:ken@contoso.com", "sip", "sip:ken@contoso.com")]
    public void ProxyAddress_SplitsAtTheFirstColon(string input, string prefix, string address)
    {
        var (parsedPrefix, parsedAddress) = ProxyAddressGrammar.ProxyAddress.End().Parse(input);

        Assert.Equal(prefix, parsedPrefix);
        Assert.Equal(address, parsedAddress);
    }

    [Theory]
    [InlineData("ken@contoso.com")]
    [InlineData(":ken@contoso.com")]
    [InlineData("SMTP:")]
    [InlineData("S M T P:x")]
    public void ProxyAddress_WithoutPrefixOrAddress_Fails(string input) =>
        Assert.False(ProxyAddress.TryParse(input, out _, out _));

    [Theory]
    [InlineData("4255550101;phone-context=Redmond.litwareinc.com", "4255550101", "Redmond.litwareinc.com")]
    [InlineData("ken@litwareinc.com;phone-context=Redmond.litwareinc.com", "ken@litwareinc.com", "Redmond.litwareinc.com")]
    [InlineData("4255550101", "4255550101", null)]
    public void EumAddress_SplitsExtensionAndDialPlan(string input, string extension, string? context)
    {
        Assert.True(ProxyAddressGrammar.TryParseEum(input, out var parsedExtension, out var parsedContext));
        Assert.Equal(extension, parsedExtension);
        Assert.Equal(context, parsedContext);
    }

    [Theory]
    [InlineData("SMTP:ken@contoso.com", ProxyAddressType.Smtp, true)]
    [InlineData("smtp:ken@contoso.com", ProxyAddressType.Smtp, false)]
    [InlineData("SIP:ken@contoso.com", ProxyAddressType.Sip, true)]
    [InlineData("Sip:ken@contoso.com", ProxyAddressType.Sip, false)]
    [InlineData("X500:/o=x", ProxyAddressType.X500, true)]
    [InlineData("x400:c=US;", ProxyAddressType.X400, false)]
    [InlineData("EUM:1234;phone-context=dp", ProxyAddressType.Eum, true)]
    [InlineData("NOTES:ken/contoso", ProxyAddressType.Other, true)]
    public void ProxyAddress_TypeAndPrimary(string input, ProxyAddressType type, bool primary)
    {
        Assert.True(ProxyAddress.TryParse(input, out var proxy, out var error), error);
        Assert.Equal(type, proxy!.Type);
        Assert.Equal(primary, proxy.IsPrimary);
        Assert.True(proxy.IsWellFormed, proxy.Problem);
    }

    [Theory]
    [InlineData("SMTP:not-an-address")]
    [InlineData("SIP:kenmyer")]
    [InlineData("X500:o=x")]
    [InlineData("EUM:;phone-context=x")]
    public void ProxyAddress_AddressNotOfItsType_IsKeptWithAProblem(string input)
    {
        Assert.True(ProxyAddress.TryParse(input, out var proxy, out var error));
        Assert.False(proxy!.IsWellFormed);
        Assert.Equal(proxy.Problem, error);
    }

    [Fact]
    public void ProxyAddress_Equality_IgnoresCaseAndPrimaryFlag()
    {
        ProxyAddress.TryParse("SMTP:Ken@Contoso.com", out var a, out _);
        ProxyAddress.TryParse("smtp:ken@contoso.com", out var b, out _);
        ProxyAddress.TryParse("sip:ken@contoso.com", out var c, out _);

        Assert.Equal(a, b);
        Assert.Equal(a!.GetHashCode(), b!.GetHashCode());
        Assert.NotEqual(a, c);
    }

    [Theory]
    [InlineData("ken@contoso.com", true)]
    [InlineData("first.last+tag@sub.contoso.com", true)]
    [InlineData("${NETBIOSNAME}-IS@${DNSDOMAIN}", true)]
    [InlineData("ken@", false)]
    [InlineData("@contoso.com", false)]
    [InlineData("ken contoso@x.com", false)]
    [InlineData("ken@@contoso.com", false)]
    [InlineData("ken@contoso..com", false)]
    public void SmtpAddress_Forms(string input, bool valid) =>
        Assert.Equal(valid, SmtpAddressGrammar.TryParse(input, out _, out _, out _));
}
