using CsCheck;
using LyncExchange.Analyzer.Formats.Shared;
using LyncExchange.Analyzer.Model.Directory;

namespace LyncExchange.Analyzer.Tests.Model.Directory;

/// <summary>The hand-written fast paths agree with the Sprache grammars wherever they answer.</summary>
public sealed class DirectorySyntaxFastPathTests
{
    private static readonly Gen<string> DnText =
        Gen.String[Gen.Frequency((8, Gen.Char["CNOUDCcnu=,=,ab1-"]), (2, Gen.Char[" #+\\\";<>\0"]), (1, Gen.Char['\u00C0', '\u00FF'])), 0, 40];

    private static readonly Gen<string> AddressText =
        Gen.String[Gen.Frequency((8, Gen.Char["abcXYZ019-._@:"]), (2, Gen.Char[" ;?=&+$,/!~*'()[]%<>\"\\\t"]), (1, Gen.Char['\u00C0', '\u00FF'])), 0, 30];

    [Theory]
    [InlineData("CN=Ken Myer,OU=Users,DC=contoso,DC=com")]
    [InlineData("CN=Lc Services,CN=Microsoft,CN=1:1,CN=Pools,CN=RTC Service,CN=Services,CN=Configuration,DC=contoso,DC=com")]
    [InlineData("CN=DB01,CN=Databases,CN=Exchange Administrative Group (FYDIBOHF23SPDLT),CN=Administrative Groups,CN=Contoso,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=contoso,DC=com")]
    [InlineData("cn=a=b,dc=x")]
    [InlineData("CN=Zoë Müller,DC=contoso,DC=com")]
    public void SimpleDistinguishedName_RealDns_TakeTheFastPathWithTheGrammarsCanonicalForm(string text)
    {
        Assert.True(DirectorySyntaxFastPath.IsSimpleDistinguishedName(text));
        AssertSameAsGrammar(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("CN=a, DC=b")]
    [InlineData("CN=a\\,b,DC=c")]
    [InlineData("CN=a+UID=b,DC=c")]
    [InlineData("CN=#04,DC=c")]
    [InlineData("CN= a,DC=c")]
    [InlineData("CN=,DC=c")]
    [InlineData("1.2.3=a")]
    [InlineData("CN=a,")]
    public void SimpleDistinguishedName_EscapesSpacesAndOddForms_FallBackToTheGrammar(string text) =>
        Assert.False(DirectorySyntaxFastPath.IsSimpleDistinguishedName(text));

    [Fact]
    public void SimpleDistinguishedName_AnyText_AcceptedOnlyWhenTheGrammarGivesTheTextAsCanonical() =>
        DnText.Sample(AssertSameAsGrammar, iter: 20000);

    [Fact]
    public void ProxyAddressSplit_AnyText_SameAsTheGrammar() =>
        Gen.Select(Gen.OneOf(Gen.Const("SMTP:"), Gen.Const("sip:"), Gen.Const("x500:"), Gen.Const(""), Gen.Const(":")), AddressText, (p, a) => p + a)
            .Sample(text =>
            {
                var fast = DirectorySyntaxFastPath.TrySplitProxyAddress(text, out var prefix, out var address);
                var grammar = ProxyAddressGrammar.TryParse(text, out var grammarPrefix, out var grammarAddress, out _);
                Assert.Equal(grammar, fast);
                Assert.Equal((grammarPrefix, grammarAddress), (prefix, address));
            }, iter: 20000);

    [Fact]
    public void SmtpAddress_AnyText_SameAsTheGrammar() =>
        AddressText.Sample(text => Assert.Equal(SmtpAddressGrammar.TryParse(text, out _, out _, out _), DirectorySyntaxFastPath.IsSmtpAddress(text)), iter: 20000);

    [Theory]
    [InlineData("sip:ken.myer@contoso.com", true)]
    [InlineData("SIPS:Ken@Contoso.COM", true)]
    [InlineData(" sip:a@b ", true)]
    [InlineData("ken.myer@contoso.com", false)]
    [InlineData("o'brien@x-y.contoso.com", false)]
    public void SimpleSip_CommonAddresses_SameUriAsTheGrammar(string text, bool withScheme)
    {
        var fast = DirectorySyntaxFastPath.TryParseSimpleSip(text, withScheme);
        Assert.NotNull(fast);
        AssertSameSip(text, withScheme);
    }

    [Fact]
    public void SimpleSip_AnyText_SameUriAsTheGrammarWheneverItAnswers() =>
        Gen.Select(Gen.OneOf(Gen.Const("sip:"), Gen.Const("SIPS:"), Gen.Const("sip"), Gen.Const("")), AddressText, Gen.Bool, (s, a, withScheme) => (s + a, withScheme))
            .Sample(input => AssertSameSip(input.Item1, input.withScheme), iter: 20000);

    private static void AssertSameAsGrammar(string text)
    {
        if (!DirectorySyntaxFastPath.IsSimpleDistinguishedName(text))
        {
            return;
        }

        Assert.True(DistinguishedNameGrammar.TryParse(text, out var rdns, out _), text);
        var viaGrammar = DistinguishedName.FromRdns(rdns);
        Assert.Equal(text, viaGrammar.Canonical);
        Assert.Equal(text, viaGrammar.Text);
    }

    private static void AssertSameSip(string text, bool withScheme)
    {
        var fast = DirectorySyntaxFastPath.TryParseSimpleSip(text, withScheme);
        if (fast is null)
        {
            return;
        }

        var ok = withScheme ? SipUriGrammar.TryParseUri(text, out var grammar, out _) : SipUriGrammar.TryParseAddress(text, out grammar, out _);
        Assert.True(ok, text);
        Assert.Equal(
            (grammar!.Scheme, grammar.User, grammar.Host, grammar.Port, grammar.Parameters, grammar.HadScheme),
            (fast.Scheme, fast.User, fast.Host, fast.Port, fast.Parameters, fast.HadScheme));
    }
}
