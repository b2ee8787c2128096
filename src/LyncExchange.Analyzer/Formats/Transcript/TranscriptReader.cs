using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Formats.Encodings;
using LyncExchange.Analyzer.Formats.FormatList;
using LyncExchange.Analyzer.Formats.FormatTable;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats.Transcript;

/// <summary>
/// Reads <c>Start-Transcript</c> files and console copies: the <c>*****</c> header/footer blocks are skipped,
/// each prompt line (<see cref="TranscriptPrompt"/>) names the cmdlet of the output that follows it, and that
/// output is read by the Format-List or Format-Table reader over its line range. Objects get
/// <see cref="DumpObject.Cmdlet"/> with <c>CmdletDecidedBy = "transcript"</c>; error records become
/// <see cref="CollectionSignal"/> error records and a data command with no output an empty-result signal.
/// </summary>
public sealed class TranscriptReader : IDumpReader
{
    public const string DecidedBy = "transcript";

    private const string Stars = "**********************";

    public DumpFormat Format => DumpFormat.Transcript;

    public IEnumerable<DumpObject> Read(DumpEntry entry, ReaderContext context)
    {
        DumpTextDecoder.TryDecode(entry, context, out var source);
        return Read(source, context);
    }

    public IEnumerable<DumpObject> Read(SourceFile source, ReaderContext context)
    {
        var lines = PhysicalLine.Split(source.Text);
        var layout = FormatListLayout.For(lines, 0, lines.Count, context.SourceCulture);
        var results = new List<DumpObject>();
        var regionStart = 0;
        TranscriptPrompt? prompt = null;
        var promptLine = 0;
        var i = 0;
        while (i <= lines.Count)
        {
            var isStars = i < lines.Count && lines[i].Text.StartsWith(Stars, StringComparison.Ordinal);
            var isPrompt = i < lines.Count && TranscriptPrompt.TryParse(lines[i].Text, out _);
            if (i < lines.Count && !isStars && !isPrompt)
            {
                i++;
                continue;
            }

            ReadRegion(source, lines, regionStart, i, prompt, promptLine, layout, context, results);
            if (i == lines.Count)
            {
                break;
            }

            if (isStars)
            {
                // A header, footer or "Command start time" block: up to and including the closing line of stars.
                var close = i + 1;
                while (close < lines.Count && !lines[close].Text.StartsWith(Stars, StringComparison.Ordinal))
                {
                    close++;
                }

                i = Math.Min(close + 1, lines.Count);
                regionStart = i;
                prompt = null;
                continue;
            }

            TranscriptPrompt.TryParse(lines[i].Text, out var parsed);
            prompt = parsed;
            promptLine = lines[i].Number;
            i++;
            regionStart = i;
        }

        return results;
    }

    private static void ReadRegion(
        SourceFile source,
        List<PhysicalLine> lines,
        int start,
        int end,
        TranscriptPrompt? prompt,
        int promptLine,
        FormatListLayout layout,
        ReaderContext context,
        List<DumpObject> results)
    {
        var before = results.Count;
        if (start < end)
        {
            if (HasTable(lines, start, end))
            {
                FormatTableReader.ReadRange(source, lines, start, end, context, results);
            }
            else
            {
                FormatListReader.ReadRange(source, lines, start, end, layout.ForRegion(lines, start, end), context, results);
            }
        }

        var cmdlet = prompt?.Cmdlet;
        if (cmdlet is null)
        {
            return;
        }

        for (var k = before; k < results.Count; k++)
        {
            var dump = results[k];
            if (CollectionSignal.IsSignal(dump))
            {
                if (dump.Find("Cmdlet") is null)
                {
                    results[k] = CollectionSignal.WithCmdlet(dump, cmdlet);
                }

                continue;
            }

            results[k] = dump with { Cmdlet = cmdlet, CmdletDecidedBy = DecidedBy };
        }

        if (results.Count == before && WritesToPipeline(prompt!.Command))
        {
            var text = source.GetLineText(promptLine);
            results.Add(CollectionSignal.EmptyResult(source.Path, DumpLocation.OnLine(source.Path, promptLine, 1, text.Length), cmdlet));
        }
    }

    private static bool HasTable(List<PhysicalLine> lines, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (FormatTableReader.IsDashLine(lines, i, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A command whose output went to a file or a variable printing nothing is not "returned nothing".</summary>
    private static bool WritesToPipeline(string command) =>
        !command.Contains('>')
        && !command.Contains("Out-File", StringComparison.OrdinalIgnoreCase)
        && !command.Contains("Export-", StringComparison.OrdinalIgnoreCase)
        && !command.Contains("Set-Content", StringComparison.OrdinalIgnoreCase)
        && !command.Contains("Add-Content", StringComparison.OrdinalIgnoreCase)
        && !command.TrimStart().StartsWith('$');
}
