using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LyncExchange.Analyzer.Analysis.Configuration;
using LyncExchange.Analyzer.Diagnostics;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Reporting;

/// <summary>
/// One self-contained HTML page: inline CSS, no external request of any kind (a Content-Security-Policy of
/// <c>default-src 'none'</c> enforces it), readable without JavaScript; a small inline script, allowed by its
/// hash, only adds the severity filter. Sections follow the KB steps. Every customer string is escaped.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private const string Style = """
        :root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#5a5a5a;--line:#d0d0d0;--code:#f4f4f4;--error:#b00020;--warning:#8a5a00;--info:#005a9e;--hidden:#5a5a5a}
        @media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#161616;--muted:#a8a8a8;--line:#3a3a3a;--code:#222;--error:#ff6b81;--warning:#f0b429;--info:#6cb6ff;--hidden:#a8a8a8}}
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:70rem;padding:1rem 1.5rem}
        h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem}h3{font-size:1rem;margin:.2rem 0}
        table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;border-bottom:1px solid var(--line);padding:.25rem .5rem;vertical-align:top}
        code,pre{font:13px/1.4 ui-monospace,"Cascadia Mono",Consolas,monospace;background:var(--code)}pre{padding:.5rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all;margin:.25rem 0}
        .finding{border-left:4px solid var(--line);padding:.4rem .8rem;margin:.8rem 0}
        .finding.error{border-color:var(--error)}.finding.warning{border-color:var(--warning)}.finding.info{border-color:var(--info)}.finding.hidden{border-color:var(--hidden)}
        .sev{font-weight:600;text-transform:uppercase;font-size:.75rem;letter-spacing:.04em}.sev.error{color:var(--error)}.sev.warning{color:var(--warning)}.sev.info{color:var(--info)}.sev.hidden{color:var(--hidden)}
        .muted,figcaption{color:var(--muted);font-size:.85rem}figure{margin:.3rem 0}dl{margin:.3rem 0}dt{font-weight:600;margin-top:.3rem}dd{margin:0 0 0 1rem}
        .counts td,.counts th{width:auto}.filter{margin:.5rem 0}.filter label{margin-right:1rem}[hidden]{display:none!important}
        """;

    // The filter only hides; with scripts off every finding shows and the filter controls stay hidden.
    private const string Script = """
        (function(){var f=document.getElementById('filter');if(!f)return;f.hidden=false;
        f.addEventListener('change',function(){var on={};f.querySelectorAll('input').forEach(function(i){on[i.value]=i.checked;});
        document.querySelectorAll('.finding[data-severity]').forEach(function(e){e.hidden=!on[e.getAttribute('data-severity')];});});})();
        """;

    public string FormatName => "html";

    public void Write(Report report, TextWriter output)
    {
        var html = new StringBuilder(64 * 1024);
        // CSP hashes the element's whole text, the line breaks around the script included.
        var scriptElementText = "\n" + Script + "\n";
        var scriptHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(scriptElementText)));
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-")
            .Append(scriptHash).Append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"referrer\" content=\"no-referrer\">\n");
        html.Append("<title>lxa report: ").Append(HtmlText.Escape(report.RootName)).Append("</title>\n");
        html.Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");

        WriteHeader(html, report);
        WriteScenario(html, report);
        WriteSupport(html, report);
        WriteDumpSet(html, report);
        WriteConfiguration(html, report);
        foreach (var (id, title, categories) in ReportSections.InKbOrder)
        {
            var findings = report.Reported.Where(f => categories.Contains(f.Diagnostic.Descriptor.Category)).ToList();
            html.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(HtmlText.Escape(title))
                .Append(" <span class=\"muted\">(").Append(Invariant(findings.Count)).Append(")</span></h2>\n");
            if (findings.Count == 0)
            {
                html.Append("<p class=\"muted\">No findings.</p>\n");
            }

            foreach (var finding in findings)
            {
                WriteFinding(html, finding);
            }

            html.Append("</section>\n");
        }

        WriteSuppressed(html, report);
        WriteAbsent(html, report);
        html.Append("<footer><p class=\"muted\">Generated by ").Append(HtmlText.Escape(report.Tool.Name)).Append(' ')
            .Append(HtmlText.Escape(report.Tool.SemanticVersion))
            .Append(". Fix commands are text only: review them before running. Nothing on this page loads from the network.</p></footer>\n");
        html.Append("<script>").Append(scriptElementText).Append("</script>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static void WriteHeader(StringBuilder html, Report report)
    {
        html.Append("<header>\n<h1>Exchange / Lync integration report: ").Append(HtmlText.Escape(report.RootName)).Append("</h1>\n");
        html.Append("<p class=\"muted\">").Append(HtmlText.Escape(report.Tool.FullName)).Append(' ').Append(HtmlText.Escape(report.Tool.SemanticVersion))
            .Append(" · KB 2614242 checks · ").Append(Invariant(report.Files.Length)).Append(" file(s) read");
        if (report.IsRedacted)
        {
            html.Append(" · <strong>customer identifiers replaced by pseudonyms</strong>");
        }

        html.Append("</p>\n<table class=\"counts\">\n<tr><th>Error</th><th>Warning</th><th>Info</th><th>Hidden</th><th>Suppressed</th>");
        if (report.BaselinePath is not null)
        {
            html.Append("<th>Fixed since baseline</th>");
        }

        html.Append("</tr>\n<tr>");
        foreach (var severity in new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info, DiagnosticSeverity.Hidden })
        {
            html.Append("<td>").Append(Invariant(report.Count(severity))).Append("</td>");
        }

        html.Append("<td>").Append(Invariant(report.SuppressedCount)).Append("</td>");
        if (report.BaselinePath is not null)
        {
            html.Append("<td>").Append(Invariant(report.Absent.Length)).Append("</td>");
        }

        html.Append("</tr>\n</table>\n");
        html.Append("<form id=\"filter\" class=\"filter\" hidden>Show: ");
        foreach (var name in new[] { "error", "warning", "info", "hidden" })
        {
            html.Append("<label><input type=\"checkbox\" value=\"").Append(name).Append("\" checked> ").Append(name).Append("</label>");
        }

        html.Append("</form>\n</header>\n");
    }

    private static void WriteScenario(StringBuilder html, Report report)
    {
        var scenario = report.Scenario;
        html.Append("<section id=\"scenario\">\n<h2>Scenario: ").Append(HtmlText.Escape(scenario.Scenario)).Append("</h2>\n<p>")
            .Append(scenario.IsOverridden ? "Set by <code>lxa_scenario</code> in the configuration." : "Inferred from the dumps (KB 2614242 configurations; RULES.md §C).")
            .Append("</p>\n");
        if (scenario.Conflict is { } conflict)
        {
            html.Append("<p class=\"warning\">The evidence conflicts: ").Append(HtmlText.Escape(conflict)).Append(".</p>\n");
        }

        if (scenario.Signals.IsEmpty)
        {
            html.Append("<p class=\"muted\">No scenario signals: the dumps show no Lync deployment, so integration rules were not evaluated (see LXA0905).</p>\n");
        }
        else
        {
            html.Append("<table>\n<tr><th>Signal</th><th>Evidence</th><th>Where</th></tr>\n");
            foreach (var signal in scenario.Signals)
            {
                html.Append("<tr><td>").Append(HtmlText.Escape(signal.Id)).Append("</td><td>").Append(HtmlText.Escape(signal.Description))
                    .Append("</td><td><code>").Append(HtmlText.Escape(signal.Location ?? "—")).Append("</code></td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>The KB 2614242/2614614 support matrix as it applies to this deployment's users, and the per-user to-do list.</summary>
    private static void WriteSupport(StringBuilder html, Report report)
    {
        var support = report.Support;
        html.Append("<section id=\"support\">\n<h2>Feature support per user <span class=\"muted\">(")
            .Append(Invariant(support.Users.Length)).Append(" Lync user(s))</span></h2>\n");
        if (support.Users.IsEmpty)
        {
            html.Append("<p class=\"muted\">No Lync users in the dumps (LDIF, Get-CsUser).</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<tr><th>Feature</th><th>Expected to work</th><th>Not supported</th><th>OK</th><th>Broken</th><th>Unknown</th></tr>\n");
        foreach (var feature in support.Features)
        {
            html.Append("<tr><td>").Append(HtmlText.Escape(feature.Feature.ToString())).Append("</td><td>").Append(Invariant(feature.Supported))
                .Append("</td><td>").Append(Invariant(feature.NotSupported)).Append("</td><td>").Append(Invariant(feature.Ok))
                .Append("</td><td>").Append(Invariant(feature.Broken)).Append("</td><td>").Append(Invariant(feature.Unknown)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
        var features = support.Users.SelectMany(u => u.Features.Select(f => f.Feature)).Distinct().Order().ToList();
        html.Append("<table>\n<tr><th>User</th><th>Lync home</th><th>Mailbox</th>");
        foreach (var feature in features)
        {
            html.Append("<th>").Append(HtmlText.Escape(feature.ToString())).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var user in support.Users)
        {
            html.Append("<tr><td>").Append(HtmlText.Escape(user.User)).Append("</td><td>").Append(HtmlText.Escape(user.LyncHome))
                .Append("</td><td>").Append(HtmlText.Escape(user.Mailbox)).Append("</td>");
            foreach (var feature in features)
            {
                var cell = user.Features.FirstOrDefault(f => f.Feature == feature);
                var text = cell is null ? "—"
                    : cell.Status is null ? cell.Expected
                    : cell.Status == "Broken" ? "Broken: " + string.Join(", ", cell.BlockedBy)
                    : cell.Status;
                html.Append("<td>").Append(HtmlText.Escape(text)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n</section>\n");
    }

    private static void WriteDumpSet(StringBuilder html, Report report)
    {
        html.Append("<section id=\"dump-set\">\n<h2>Dump set</h2>\n");
        var byFormat = report.Files.GroupBy(f => f.Format.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + " " + Invariant(g.Count()));
        var byEncoding = report.Files.GroupBy(f => f.Encoding).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + " " + Invariant(g.Count()));
        html.Append("<p>Formats: ").Append(HtmlText.Escape(string.Join(", ", byFormat)))
            .Append(". Encodings: ").Append(HtmlText.Escape(string.Join(", ", byEncoding))).Append(".</p>\n");
        html.Append("<table>\n<tr><th>File</th><th>Format</th><th>Encoding</th><th>Cmdlet</th><th>Objects</th></tr>\n");
        foreach (var file in report.Files)
        {
            html.Append("<tr><td><code>").Append(HtmlText.Escape(file.Path)).Append("</code></td><td>")
                .Append(HtmlText.Escape(file.Format.ToString())).Append("</td><td>")
                .Append(HtmlText.Escape(file.Encoding)).Append("</td><td>")
                .Append(HtmlText.Escape(file.Cmdlet ?? "—"));
            if (file.DecidedBy is { } decidedBy)
            {
                html.Append(" <span class=\"muted\">(by ").Append(HtmlText.Escape(decidedBy)).Append(")</span>");
            }

            html.Append("</td><td>").Append(Invariant(file.ObjectCount)).Append("</td></tr>\n");
        }

        html.Append("</table>\n</section>\n");
    }

    private static void WriteConfiguration(StringBuilder html, Report report)
    {
        var changed = report.Configuration.Where(s => s.Source != ConfigurationSetting.DefaultSource).ToList();
        if (changed.Count == 0 && report.ConfigurationSources.IsEmpty)
        {
            return;
        }

        html.Append("<section id=\"configuration\">\n<h2>Case configuration</h2>\n<p>Read from: ")
            .Append(HtmlText.Escape(string.Join(", ", report.ConfigurationSources))).Append("</p>\n");
        html.Append("<table>\n<tr><th>Setting</th><th>Value</th><th>Source</th></tr>\n");
        foreach (var setting in changed)
        {
            html.Append("<tr><td><code>").Append(HtmlText.Escape(setting.Key)).Append("</code></td><td>")
                .Append(HtmlText.Escape(setting.Value)).Append("</td><td>").Append(HtmlText.Escape(setting.Source)).Append("</td></tr>\n");
        }

        html.Append("</table>\n</section>\n");
    }

    private static void WriteFinding(StringBuilder html, ReportFinding finding)
    {
        var d = finding.Diagnostic;
        var severity = d.Severity.ToName();
        html.Append("<article class=\"finding ").Append(severity).Append("\" data-severity=\"").Append(severity).Append("\">\n");
        html.Append("<h3><span class=\"sev ").Append(severity).Append("\">").Append(severity).Append("</span> ")
            .Append(HtmlText.Escape(d.Id)).Append(": ").Append(HtmlText.Escape(d.Descriptor.Title));
        if (finding.BaselineState is { } state)
        {
            html.Append(" <span class=\"muted\">[").Append(HtmlText.Escape(state.ToString().ToLowerInvariant())).Append(" since baseline]</span>");
        }

        html.Append("</h3>\n<p>").Append(HtmlText.Escape(d.Message)).Append("</p>\n");
        WriteEvidence(html, d.Location, finding.Snippet, null);
        html.Append("<dl>\n");
        if (d.LogicalLocation is { } logical)
        {
            html.Append("<dt>Object</dt><dd><code>").Append(HtmlText.Escape(logical)).Append("</code></dd>\n");
        }

        if (d.Properties.TryGetValue("expected", out var expected))
        {
            html.Append("<dt>Expected</dt><dd><code>").Append(HtmlText.Escape(expected)).Append("</code></dd>\n");
        }

        if (d.Properties.TryGetValue("actual", out var actual))
        {
            html.Append("<dt>Found</dt><dd><code>").Append(HtmlText.Escape(actual)).Append("</code></dd>\n");
        }

        if (!d.RelatedLocations.IsEmpty)
        {
            html.Append("<dt>Related evidence</dt><dd>\n");
            for (var i = 0; i < d.RelatedLocations.Length; i++)
            {
                WriteEvidence(html, d.RelatedLocations[i].Location, finding.RelatedSnippets[i], d.RelatedLocations[i].Message);
            }

            html.Append("</dd>\n");
        }

        if (d.Properties.TryGetValue("fix", out var fix))
        {
            html.Append("<dt>Fix (review before running)</dt><dd><pre class=\"fix\">").Append(HtmlText.Escape(fix)).Append("</pre></dd>\n");
        }

        if (HtmlText.IsSafeLink(d.Descriptor.HelpUri))
        {
            var uri = HtmlText.Escape(d.Descriptor.HelpUri);
            html.Append("<dt>Reference</dt><dd><a href=\"").Append(uri).Append("\" rel=\"noreferrer noopener\">").Append(uri).Append("</a></dd>\n");
        }

        html.Append("</dl>\n</article>\n");
    }

    private static void WriteEvidence(StringBuilder html, DumpLocation location, SourceSnippet? snippet, string? message)
    {
        if (location.IsNone)
        {
            return;
        }

        html.Append("<figure>\n<figcaption><code>").Append(HtmlText.Escape(location.Path));
        if (!SourceLineReader.IsWholeFile(location))
        {
            html.Append(':').Append(Invariant(location.Line));
        }

        html.Append("</code>");
        if (message is not null)
        {
            html.Append(" — ").Append(HtmlText.Escape(message));
        }

        html.Append("</figcaption>\n");
        if (snippet is not null)
        {
            html.Append("<pre class=\"evidence\">").Append(HtmlText.Escape(snippet.Text)).Append("</pre>\n");
        }

        html.Append("</figure>\n");
    }

    private static void WriteSuppressed(StringBuilder html, Report report)
    {
        var suppressed = report.Findings.Where(f => f.IsSuppressed).ToList();
        if (suppressed.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"suppressed\">\n<h2>Suppressed for this case <span class=\"muted\">(").Append(Invariant(suppressed.Count)).Append(")</span></h2>\n");
        html.Append("<table>\n<tr><th>Rule</th><th>Finding</th><th>Justification</th><th>Author</th><th>Ticket</th><th>Expires</th></tr>\n");
        foreach (var finding in suppressed)
        {
            var s = finding.Suppression!;
            html.Append("<tr><td>").Append(HtmlText.Escape(finding.Diagnostic.Id)).Append(" <span class=\"muted\">")
                .Append(finding.Diagnostic.Severity.ToName()).Append("</span></td><td>").Append(HtmlText.Escape(finding.Diagnostic.Message))
                .Append("</td><td>").Append(HtmlText.Escape(s.Justification)).Append("</td><td>").Append(HtmlText.Escape(s.Author))
                .Append("</td><td>").Append(HtmlText.Escape(s.Ticket)).Append("</td><td>")
                .Append(s.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—").Append("</td></tr>\n");
        }

        html.Append("</table>\n</section>\n");
    }

    private static void WriteAbsent(StringBuilder html, Report report)
    {
        if (report.BaselinePath is null)
        {
            return;
        }

        html.Append("<section id=\"absent\">\n<h2>Fixed since the baseline <span class=\"muted\">(").Append(Invariant(report.Absent.Length))
            .Append(", baseline ").Append(HtmlText.Escape(report.BaselinePath)).Append(")</span></h2>\n");
        if (report.Absent.IsEmpty)
        {
            html.Append("<p class=\"muted\">Every finding of the baseline is still present.</p>\n");
        }
        else
        {
            html.Append("<ul>\n");
            foreach (var absent in report.Absent)
            {
                html.Append("<li>").Append(HtmlText.Escape(absent.RuleId)).Append(": ").Append(HtmlText.Escape(absent.Message)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
