using LyncExchange.Analyzer.Formats.Shared;
using LyncExchange.Analyzer.Model.Directory;
using Sprache;

namespace LyncExchange.Analyzer.Tests.Formats.Shared;

public sealed class SipUriGrammarTests
{
    [Theory]
    [InlineData("sip:", "sip")]
    [InlineData("SIP:", "sip")]
    [InlineData("sips:", "sips")]
    public void Scheme_AnyCase_IsLowerCased(string input, string expected) =>
        Assert.Equal(expected, SipUriGrammar.Scheme.End().Parse(input));

    [Theory]
    [InlineData("kenmyer", true)]
    [InlineData("j.mueller", true)]
    [InlineData("ken%20myer", true)]
    [InlineData("+14255550101;phone-context=x", true)]
    [InlineData("ken%2", false)]
    [InlineData("ken myer", false)]
    [InlineData("", false)]
    public void User_Forms(string input, bool valid) =>
        Assert.Equal(valid, SipUriGrammar.User.End().TryParse(input).WasSuccessful);

    [Theory]
    [InlineData("litwareinc.com", true)]
    [InlineData("pool01.contoso.com.", true)]
    [InlineData("10.0.0.1", true)]
    [InlineData("[2001:db8::1]", true)]
    [InlineData("-bad.com", false)]
    [InlineData("bad-.com", false)]
    [InlineData("a..b", false)]
    [InlineData("under_score.com", false)]
    public void Host_Forms(string input, bool valid) =>
        Assert.Equal(valid, SipUriGrammar.Host.End().TryParse(input).WasSuccessful);

    [Theory]
    [InlineData("sip:kenmyer@litwareinc.com", "kenmyer", "litwareinc.com", null)]
    [InlineData("SIP:Ken@LitwareInc.COM", "Ken", "LitwareInc.COM", null)]
    [InlineData("sip:ken@pool.contoso.com:5061;transport=tls", "ken", "pool.contoso.com", 5061)]
    [InlineData("  sip:ken@contoso.com  ", "ken", "contoso.com", null)]
    public void Uri_Valid_SplitsUserHostPort(string input, string user, string host, int? port)
    {
        Assert.True(SipUri.TryParse(input, out var uri, out var error), error);
        Assert.Equal(user, uri!.User);
        Assert.Equal(host, uri.Host);
        Assert.Equal(port, uri.Port);
    }

    [Theory]
    [InlineData("kenmyer@litwareinc.com")]
    [InlineData("sip:kenmyer")]
    [InlineData("sip:@contoso.com")]
    [InlineData("tel:+14255550101")]
    [InlineData("sip:ken@contoso.com:99999")]
    public void Uri_Invalid_Fails(string input) => Assert.False(SipUri.TryParse(input, out _, out _));

    [Fact]
    public void Equality_HostIgnoresCase_UserDoesNot()
    {
        SipUri.TryParse("sip:ken@LITWAREINC.com", out var a, out _);
        SipUri.TryParse("sip:ken@litwareinc.com", out var b, out _);
        SipUri.TryParse("sip:Ken@litwareinc.com", out var c, out _);

        Assert.Equal(a, b);
        Assert.Equal(a!.GetHashCode(), b!.GetHashCode());
        Assert.NotEqual(b, c);
        Assert.True(b.EqualsIgnoringUserCase(c!));
        Assert.Equal("sip:ken@litwareinc.com", a.Normalized);
    }

    [Fact]
    public void Address_WithoutScheme_EqualsTheUri()
    {
        SipUri.TryParseAddress("ken@contoso.com", out var address, out _);
        SipUri.TryParse("sip:ken@contoso.com", out var uri, out _);

        Assert.False(address!.HadScheme);
        Assert.Equal(uri, address);
    }
}
