using LyncExchange.Analyzer.Formats.Shared;
using LyncExchange.Analyzer.Model.Directory;
using Sprache;

namespace LyncExchange.Analyzer.Tests.Formats.Shared;

public sealed class DistinguishedNameGrammarTests
{
    [Theory]
    [InlineData("\\,", ',')]
    [InlineData("\\+", '+')]
    [InlineData("\\\"", '"')]
    [InlineData("\\\\", '\\')]
    [InlineData("\\#", '#')]
    [InlineData("\\ ", ' ')]
    [InlineData("\\3D", '=')]
    [InlineData("\\2c", ',')]
    public void Pair_EscapedCharacter_IsUnescaped(string input, char expected)
    {
        var result = DistinguishedNameGrammar.Pair.End().TryParse(input);

        Assert.True(result.WasSuccessful);
        Assert.Equal(expected, result.Value.Value);
    }

    [Theory]
    [InlineData("\\")]
    [InlineData("\\4")]
    [InlineData("\\x")]
    public void Pair_BadEscape_Fails(string input) =>
        Assert.False(DistinguishedNameGrammar.Pair.End().TryParse(input).WasSuccessful);

    [Theory]
    [InlineData("Ken Myer", "Ken Myer")]
    [InlineData("Myer\\, Ken", "Myer, Ken")]
    [InlineData("J\\C3\\B6rg M\\C3\\BCller", "Jörg Müller")]
    [InlineData("a\\20", "a ")]
    [InlineData("  padded  ", "padded")]
    [InlineData("RTC Service", "RTC Service")]
    [InlineData("1:1", "1:1")]
    [InlineData("", "")]
    public void AttributeValue_String_IsUnescapedAndUnpadded(string input, string expected)
    {
        var result = DistinguishedNameGrammar.AttributeValue.End().TryParse(input);

        Assert.True(result.WasSuccessful, input);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void AttributeValue_HexString_IsKeptAsHex() =>
        Assert.Equal("#04024869", DistinguishedNameGrammar.AttributeValue.End().Parse("#04024869"));

    [Theory]
    [InlineData("a,b")]
    [InlineData("a+b")]
    [InlineData("a;b")]
    [InlineData("a<b")]
    [InlineData("a\"b")]
    [InlineData("#0")]
    [InlineData("\\C3")]
    public void AttributeValue_UnescapedSpecialOrBadHex_Fails(string input) =>
        Assert.False(DistinguishedNameGrammar.AttributeValue.End().TryParse(input).WasSuccessful);

    [Theory]
    [InlineData("CN", true)]
    [InlineData("msRTCSIP-PrimaryHomeServer", true)]
    [InlineData("2.5.4.3", true)]
    [InlineData("1cn", false)]
    [InlineData("-cn", false)]
    public void AttributeType_Forms(string input, bool valid) =>
        Assert.Equal(valid, DistinguishedNameGrammar.AttributeType.End().TryParse(input).WasSuccessful);

    [Fact]
    public void RelativeDistinguishedName_MultiValued_KeepsEveryPart()
    {
        var rdn = DistinguishedNameGrammar.RelativeDistinguishedName.End().Parse("CN=Ken+UID=kmyer");

        Assert.True(rdn.IsMultiValued);
        Assert.Equal([new AttributeTypeAndValue("CN", "Ken"), new AttributeTypeAndValue("UID", "kmyer")], rdn.Values);
    }

    [Theory]
    [InlineData("CN=Ken Myer,OU=Users,DC=litwareinc,DC=com", 4)]
    [InlineData("CN=Lc Services,CN=Microsoft,CN=1:1,CN=Pools,CN=RTC Service,CN=Services,CN=Configuration,DC=litwareinc,DC=com", 9)]
    [InlineData("CN=Myer\\, Ken,OU=Users", 2)]
    [InlineData("CN=a , OU=b", 2)]
    [InlineData("", 0)]
    public void DistinguishedName_Valid_CountsRdns(string input, int rdns)
    {
        Assert.True(DistinguishedNameGrammar.TryParse(input, out var parsed, out var error), error);
        Assert.Equal(rdns, parsed.Length);
    }

    [Theory]
    [InlineData("${FIRSTORGDN}", 1)]
    [InlineData("CN=a,", 5)]
    [InlineData("CN=a,,DC=b", 5)]
    [InlineData("CN", 3)]
    [InlineData("CN=a,b", 5)]
    public void DistinguishedName_Invalid_SaysWhere(string input, int column)
    {
        Assert.False(DistinguishedNameGrammar.TryParse(input, out _, out var error));
        Assert.Contains($"column {column}", error, StringComparison.Ordinal);
    }
}
