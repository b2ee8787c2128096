using CsCheck;
using LyncExchange.Analyzer.Formats.FormatList;

namespace LyncExchange.Analyzer.Tests.Formats.FormatList;

/// <summary>The collection grammar, production by production, and the hand-written splitter held to it.</summary>
public sealed class FormatListValueGrammarTests
{
    [Theory]
    [InlineData("{}", new string[0], null)]
    [InlineData("{a}", new[] { "a" }, null)]
    [InlineData("{a, b, c}", new[] { "a", "b", "c" }, null)]
    [InlineData("{a, b, c, d...}", new[] { "a", "b", "c", "d" }, "...")]
    [InlineData("{a, b, c, d\u2026}", new[] { "a", "b", "c", "d" }, "\u2026")]
    [InlineData("{...}", new string[0], "...")]
    [InlineData("{a, ...}", new[] { "a", "" }, "...")]
    [InlineData("{a..., b}", new[] { "a...", "b" }, null)]
    [InlineData("{[a, 1], [b, two]}", new[] { "[a", "1]", "[b", "two]" }, null)]
    [InlineData("{CN=Exchange, OU=x}", new[] { "CN=Exchange", "OU=x" }, null)]
    [InlineData("{a}}", new[] { "a}" }, null)]
    public void Collection_ItemsAndMark(string value, string[] items, string? mark)
    {
        Assert.True(FormatListValueGrammar.TryParseCollectionWithGrammar(value, out var grammar));
        Assert.Equal(items, grammar.Items.Select(i => i.Text));
        Assert.Equal(mark, grammar.TruncationMark);
        Assert.True(FormatListValueGrammar.TryParseCollection(value, out var fast));
        Assert.Equal(grammar.Items.ToArray(), fast.Items.ToArray());
        Assert.Equal(grammar.TruncationMark, fast.TruncationMark);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a, b")]
    [InlineData("{a, b")]
    [InlineData("a, b}")]
    public void Collection_NotBraced_IsNotACollection(string value)
    {
        Assert.False(FormatListValueGrammar.TryParseCollection(value, out _));
        Assert.False(FormatListValueGrammar.TryParseCollectionWithGrammar(value, out _));
    }

    [Fact]
    public void SplitCollection_AgreesWithTheGrammarOnAnyBracedText()
    {
        Gen.String[Gen.Char["ab ,.}{\u2026"], 0, 24]
            .Select(inner => "{" + inner + "}")
            .Sample(value =>
            {
                Assert.True(FormatListValueGrammar.TryParseCollectionWithGrammar(value, out var grammar), value);
                var fast = FormatListValueGrammar.SplitCollection(value);
                Assert.Equal(grammar.Items.ToArray(), fast.Items.ToArray());
                Assert.Equal(grammar.TruncationMark, fast.TruncationMark);
            }, iter: 20_000, seed: "0N0XIzNsQ0O2");
    }
}
