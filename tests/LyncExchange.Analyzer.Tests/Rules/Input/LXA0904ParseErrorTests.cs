using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Rules.Input;

[Trait("Rule", "LXA0904")]
public sealed class LXA0904ParseErrorTests
{
    [Fact]
    public void Analyze_MalformedLine_IsAnErrorAtItsLineAndTheObjectIsStillAnalysed()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-OwaVirtualDirectory.txt",
            "\nInstantMessagingEnabled : True\nsomething pasted by hand\nInstantMessagingType    : None\nIdentity                : EX01\\owa (Default Web Site)\n");

        var result = set.Analyze();

        var parse = Assert.Single(result.Diagnostics, d => d.Id == "LXA0904");
        Assert.Equal((3, 1), (parse.Location.Line, parse.Location.Column));
        Assert.Equal(DiagnosticSeverity.Error, parse.Severity);
        Assert.Single(result.Diagnostics, d => d.Id == "LXA0301");
    }

    [Fact]
    public void Analyze_ValueOfTheWrongType_IsAParseErrorAtTheValue()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-OwaVirtualDirectory.txt", FormatListText.Object(
            ("InstantMessagingEnabled", "Perhaps"),
            ("InstantMessagingType", "Ocs"),
            ("Identity", "EX01\\owa (Default Web Site)")));

        var diagnostic = Assert.Single(set.Diagnostics("LXA0904"));

        Assert.Equal((2, 27), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("not True or False", diagnostic.Message);
    }

    [Fact]
    public void Analyze_WellFormedDump_ReportsNothing()
    {
        using var set = new DumpSetBuilder().WithOnPremLync().Add("Get-OwaVirtualDirectory.txt", FormatListText.Object(("InstantMessagingEnabled", "True"), ("InstantMessagingType", "Ocs"), ("Identity", "x")));

        Assert.Empty(set.Diagnostics("LXA0904"));
    }
}
