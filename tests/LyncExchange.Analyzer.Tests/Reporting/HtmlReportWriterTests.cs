using System.Text.RegularExpressions;
using LyncExchange.Analyzer.Reporting;
using LyncExchange.Analyzer.Rules;
using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Reporting;

public sealed partial class HtmlReportWriterTests
{
    [Fact]
    public void Write_OwaImFixture_MatchesSnapshot()
    {
        Approvals.Verify(ReportFixture.Render(new HtmlReportWriter(), ReportFixture.Build(ReportFixture.OwaImMisconfigured)), "html");
    }

    [Fact]
    public void Write_HostileNames_AreEscapedAndInert()
    {
        using var dumps = HostileDumpSet.Create();
        var html = ReportFixture.Render(new HtmlReportWriter(), ReportFixture.Build(dumps.Root));

        Assert.Contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileDumpSet.ScriptName, html, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileDumpSet.ImageName, html, StringComparison.Ordinal);

        var tags = Tags(html).ToList();
        Assert.Single(tags, t => t.Name == "script");
        Assert.DoesNotContain(tags, t => t.Name is "img" or "link" or "iframe" or "object" or "embed" or "base");
        Assert.DoesNotContain(tags, t => t.Attributes.Keys.Any(a => a.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_Links_OnlyRuleHelpLinksAndNoExternalResources()
    {
        using var dumps = HostileDumpSet.Create();
        var helpLinks = RuleCatalog.Descriptors.Select(d => d.HelpUri).ToHashSet(StringComparer.Ordinal);
        foreach (var html in new[] { ReportFixture.Render(new HtmlReportWriter(), ReportFixture.Build(dumps.Root)), ReportFixture.Render(new HtmlReportWriter(), ReportFixture.Build(ReportFixture.OwaImMisconfigured)) })
        {
            var tags = Tags(html).ToList();
            Assert.DoesNotContain(tags, t => t.Attributes.ContainsKey("src"));
            foreach (var href in tags.Where(t => t.Attributes.ContainsKey("href")).Select(t => System.Net.WebUtility.HtmlDecode(t.Attributes["href"])))
            {
                Assert.True(href.StartsWith('#') || helpLinks.Contains(href), $"unexpected link {href}");
            }

            Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
            Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
            Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_Sections_FollowKbOrderWithFixAndReference()
    {
        var html = ReportFixture.Render(new HtmlReportWriter(), ReportFixture.Build(ReportFixture.OwaImMisconfigured));
        var positions = ReportSections.InKbOrder.Select(s => html.IndexOf("<section id=\"" + s.Id + "\">", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("<pre class=\"fix\">Set-OwaVirtualDirectory -Identity &#39;EX01\\owa (Default Web Site)&#39;", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"evidence\">InstantMessagingType                                : None</pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Script_IsAllowedByTheContentSecurityPolicyHash()
    {
        var html = ReportFixture.Render(new HtmlReportWriter(), ReportFixture.Build(ReportFixture.OwaImMisconfigured));
        var script = ScriptBody().Match(html).Groups[1].Value;
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)));
        Assert.Contains("script-src 'sha256-" + hash + "'", html, StringComparison.Ordinal);
    }

    internal sealed record Tag(string Name, Dictionary<string, string> Attributes);

    /// <summary>A small HTML tag scanner: enough to list the elements and attributes a browser would create.</summary>
    internal static IEnumerable<Tag> Tags(string html)
    {
        foreach (Match match in TagPattern().Matches(html))
        {
            var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (Match attribute in AttributePattern().Matches(match.Groups["attrs"].Value))
            {
                attributes[attribute.Groups["name"].Value] = attribute.Groups["value"].Success ? attribute.Groups["value"].Value : string.Empty;
            }

            yield return new Tag(match.Groups["name"].Value.ToLowerInvariant(), attributes);
        }
    }

    [GeneratedRegex(@"<(?<name>[A-Za-z][A-Za-z0-9-]*)(?<attrs>[^>]*)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"(?<name>[^\s=/""']+)(?:\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+)))?")]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptBody();
}
