using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Model.Binding;
using LyncExchange.Analyzer.Model.Exchange;
using LyncExchange.Analyzer.Rules.Input;
using LyncExchange.Analyzer.Tests.Infrastructure;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Tests.Rules.Input;

[Trait("Rule", "LXA0901")]
public sealed class LXA0901TruncatedValueTests
{
    private static OwaVirtualDirectory Bind(DumpValue type)
    {
        var dump = new DumpObject
        {
            SourcePath = "a.txt",
            Location = DumpLocation.OnLine("a.txt", 2, 1, 4),
            Properties =
            [
                new DumpProperty("Identity", DumpValue.Scalar("EX01\\owa (Default Web Site)", DumpLocation.OnLine("a.txt", 2, 12, 27)), DumpLocation.OnLine("a.txt", 2, 1, 8)),
                new DumpProperty("InstantMessagingType", type, DumpLocation.OnLine("a.txt", 3, 1, 20)),
            ],
        };
        return OwaVirtualDirectory.Bind(dump, BindContext.Invariant(new InputDiagnosticBag()));
    }

    [Fact]
    public void Analyze_TruncatedPropertyARuleReads_NamesTheSkippedRule()
    {
        var record = Bind(DumpValue.Scalar("Oc…", DumpLocation.OnLine("a.txt", 3, 24, 3)) with { IsTruncated = true, TruncationMark = "…" });

        var diagnostic = Assert.Single(RuleRunner.Run(new LXA0901TruncatedValue(), record));

        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("'InstantMessagingType'", diagnostic.Message);
        Assert.Contains("LXA0301", diagnostic.Message);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Analyze_TruncatedListNoRuleReads_ReportsNothing()
    {
        using var set = new DumpSetBuilder().Add("Get-OwaVirtualDirectory.txt", FormatListText.Object(
            ("InternalAuthenticationMethods", "{Basic, Fba, Ntlm, WindowsIntegrated...}"),
            ("Identity", "EX01\\owa (Default Web Site)")));

        Assert.Empty(set.Diagnostics("LXA0901"));
    }

    [Fact]
    public void Analyze_CompleteValue_ReportsNothing()
    {
        var record = Bind(DumpValue.Scalar("Ocs", DumpLocation.OnLine("a.txt", 3, 24, 3)));

        Assert.Empty(RuleRunner.Run(new LXA0901TruncatedValue(), record));
    }
}
