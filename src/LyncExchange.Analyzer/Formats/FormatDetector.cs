using LyncExchange.Analyzer.Dumps;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Formats;

/// <summary>
/// Picks a format from a file's content (its first few KB), using the extension only to break ties:
/// customers rename files, and <c>.txt</c> can hold any of them.
/// </summary>
public static class FormatDetector
{
    private const int SampleBytes = 16 * 1024;

    public static FormatDetection Detect(DumpEntry entry)
    {
        byte[] head;
        using (var stream = entry.Open())
        {
            head = new byte[(int)Math.Min(SampleBytes, Math.Max(entry.Length, 0))];
            var read = 0;
            int n;
            while (read < head.Length && (n = stream.Read(head, read, head.Length - read)) > 0)
            {
                read += n;
            }

            head = head[..read];
        }

        var encoding = TextEncodingDetector.Detect(head);
        var text = encoding.Encoding.GetString(head, encoding.PreambleLength, head.Length - encoding.PreambleLength);
        return new FormatDetection(Detect(entry.FileName, text, head), encoding);
    }

    public static DumpFormat Detect(string fileName, string text, ReadOnlySpan<byte> head)
    {
        if (LooksBinary(head, text) || IsDocumentation(fileName))
        {
            return DumpFormat.Unknown;
        }

        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (fileName.Equals("manifest.json", StringComparison.OrdinalIgnoreCase))
        {
            return DumpFormat.Manifest;
        }

        if (trimmed.StartsWith('<'))
        {
            if (trimmed.Contains("<Objs", StringComparison.Ordinal))
            {
                return DumpFormat.Clixml;
            }

            return trimmed.Contains("<configuration", StringComparison.OrdinalIgnoreCase) ? DumpFormat.WebConfig : DumpFormat.Unknown;
        }

        if (trimmed.StartsWith("Windows Registry Editor Version", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("REGEDIT4", StringComparison.OrdinalIgnoreCase))
        {
            return DumpFormat.Registry;
        }

        if (trimmed.StartsWith("**********************", StringComparison.Ordinal)
            && trimmed.Contains("transcript start", StringComparison.OrdinalIgnoreCase))
        {
            return DumpFormat.Transcript;
        }

        if (trimmed.StartsWith('{') || (trimmed.StartsWith('[') && trimmed[1..].TrimStart() is [ '{' or '[' or '"' or ']', ..]))
        {
            // ConvertTo-Json arrays hold objects or strings; "[05/10/2024 15:59:27] : ..." is a script log.
            return DumpFormat.Json;
        }

        var lines = FirstLines(text, 200);
        if (IsLdif(lines))
        {
            return DumpFormat.Ldif;
        }

        if (IsZone(lines, fileName))
        {
            return DumpFormat.DnsZone;
        }

        if (lines.Count > 0 && (lines[0].StartsWith("#TYPE ", StringComparison.Ordinal) || IsCsvHeader(lines[0])))
        {
            return DumpFormat.Csv;
        }

        if (HasPrompt(lines) && lines.Any(l => l.Contains(" : ", StringComparison.Ordinal)))
        {
            return DumpFormat.Transcript;
        }

        if (IsFormatTable(lines))
        {
            return DumpFormat.FormatTable;
        }

        var propertyLines = lines.Count(l => l.Length > 0 && (char.IsLetter(l[0]) || l[0] == '_') && (l.Contains(" : ", StringComparison.Ordinal) || l.EndsWith(" :", StringComparison.Ordinal)));
        return propertyLines >= 1 && propertyLines * 3 >= lines.Count(l => l.Trim().Length > 0 && l[0] != ' ') ? DumpFormat.FormatList : DumpFormat.Unknown;
    }

    /// <summary>Notes and scripts that travel with dumps; their tables and code must not be mistaken for zone records.</summary>
    private static bool IsDocumentation(string fileName) =>
        fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".ps1", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".psm1", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".sh", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    private static bool LooksBinary(ReadOnlySpan<byte> head, string text)
    {
        if (head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
        {
            return true;
        }

        var controls = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 4096)))
        {
            if (c == '\0' || (c < ' ' && c != '\r' && c != '\n' && c != '\t' && c != '\f'))
            {
                controls++;
            }
        }

        return controls > 8 && controls * 20 > Math.Min(text.Length, 4096);
    }

    private static List<string> FirstLines(string text, int count)
    {
        var lines = new List<string>(count);
        foreach (var line in text.Split('\n').Take(count))
        {
            lines.Add(line.TrimEnd('\r'));
        }

        return lines;
    }

    private static bool IsLdif(List<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            return line.StartsWith("dn:", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("version:", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private static bool IsZone(List<string> lines, string fileName)
    {
        var hits = 0;
        foreach (var raw in lines)
        {
            var line = raw.TrimStart();
            if (line.StartsWith("$ORIGIN", StringComparison.OrdinalIgnoreCase) || line.StartsWith("$TTL", StringComparison.OrdinalIgnoreCase)
                || (line.StartsWith(';') && line.Contains("Database file ", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            var tokens = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Contains("SOA", StringComparer.OrdinalIgnoreCase)
                || (tokens.Length >= 3 && tokens.Contains("IN", StringComparer.Ordinal) && tokens.Any(t => t is "A" or "AAAA" or "NS" or "CNAME" or "SRV" or "MX" or "TXT")))
            {
                hits++;
            }
        }

        return hits >= 1 && (hits >= 2 || fileName.EndsWith(".dns", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".zone", StringComparison.OrdinalIgnoreCase) || fileName.StartsWith("db.", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsCsvHeader(string line) =>
        line.StartsWith('"') && line.Contains("\",\"", StringComparison.Ordinal);

    private static bool HasPrompt(List<string> lines) =>
        lines.Any(l => (l.StartsWith("PS ", StringComparison.Ordinal) || l.StartsWith("[PS] ", StringComparison.Ordinal)) && l.Contains('>') && l.Contains("Get-", StringComparison.OrdinalIgnoreCase));

    private static bool IsFormatTable(List<string> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length >= 2 && line.StartsWith('-') && line.All(c => c is '-' or ' ') && lines[i - 1].Trim().Length > 0 && !lines[i - 1].Contains(" : ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
