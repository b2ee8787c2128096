using LyncExchange.Analyzer.Model.Dns;

namespace LyncExchange.Analyzer.Tests.Model.Dns;

public sealed class DnsNameTests
{
    private static readonly DnsName Origin = DnsName.FromHost("contoso.com");

    [Theory]
    [InlineData("@", "contoso.com.")]
    [InlineData("sip", "sip.contoso.com.")]
    [InlineData("SIP.Contoso.COM.", "sip.contoso.com.")]
    [InlineData("_sip._tls.@", "_sip._tls.contoso.com.")]
    [InlineData("a\\.b", "a\\.b.contoso.com.")]
    [InlineData("print\\032server", "print\\032server.contoso.com.")]
    [InlineData("print\\ server", "print\\032server.contoso.com.")]
    [InlineData("\\065bc", "abc.contoso.com.")]
    [InlineData("x\\@y", "x\\@y.contoso.com.")]
    [InlineData("caf\u00e9", "caf\\195\\169.contoso.com.")]
    [InlineData(".", ".")]
    public void TryParse_CanonicalForm(string text, string expected)
    {
        Assert.True(DnsName.TryParse(text, Origin, out var name, out var error), error);
        Assert.Equal(expected, name.Value);
    }

    [Theory]
    [InlineData("a..b")]
    [InlineData(".a")]
    [InlineData("a\\")]
    [InlineData("a\\25")]
    [InlineData("a\\256")]
    public void TryParse_Malformed_Fails(string text) => Assert.False(DnsName.TryParse(text, Origin, out _, out _));

    [Fact]
    public void TryParse_TooLong_Fails()
    {
        Assert.False(DnsName.TryParse(new string('a', 64), Origin, out _, out var label));
        Assert.Contains("63", label, StringComparison.Ordinal);
        var name = string.Join('.', Enumerable.Repeat(new string('a', 63), 4)) + ".";
        Assert.False(DnsName.TryParse(name, null, out _, out var total));
        Assert.Contains("255", total, StringComparison.Ordinal);
    }

    [Fact]
    public void IsSubdomainOf_IsLabelAware()
    {
        Assert.True(DnsName.FromHost("a.contoso.com").IsSubdomainOf(Origin));
        Assert.True(Origin.IsSubdomainOf(Origin));
        Assert.False(DnsName.FromHost("xcontoso.com").IsSubdomainOf(Origin));
        Assert.True(DnsName.TryParse("a\\.contoso.com.", null, out var escaped, out _));
        Assert.False(escaped.IsSubdomainOf(Origin));
        Assert.Equal(2, escaped.LabelCount);
    }

    [Fact]
    public void ReplaceSuffix_And_Parent()
    {
        Assert.Equal(DnsName.FromHost("x.new.test"), DnsName.FromHost("x.old.contoso.com").ReplaceSuffix(DnsName.FromHost("old.contoso.com"), DnsName.FromHost("new.test")));
        Assert.Equal(DnsName.FromHost("com"), Origin.Parent);
        Assert.Equal(DnsName.Root, DnsName.FromHost("com").Parent);
        Assert.Null(DnsName.Root.Parent);
        Assert.Equal("contoso.com", Origin.Display);
    }
}
