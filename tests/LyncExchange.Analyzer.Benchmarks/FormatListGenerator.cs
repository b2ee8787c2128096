using System.Globalization;
using System.Text;

namespace LyncExchange.Analyzer.Benchmarks;

/// <summary>
/// Writes a deterministic <c>Get-RemoteMailbox | Format-List</c> transcript of about the requested size: the first
/// object of the fixture <c>fixtures/formats/powershell/fl-utf16/Get-RemoteMailbox.txt</c> (80-column wrapping,
/// collections, a wrapped DN) repeated with the alias and surname replaced by numbers of the same length, so every
/// line wraps exactly where PowerShell wrapped it. UTF-8 with BOM or UTF-16LE with BOM, CRLF, as PowerShell writes.
/// </summary>
internal static class FormatListGenerator
{
    public static int Write(string path, long targetBytes, bool utf16)
    {
        var template = Template();
        var encoding = utf16 ? (Encoding)new UnicodeEncoding(bigEndian: false, byteOrderMark: true) : new UTF8Encoding(true);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new StreamWriter(stream, encoding, 1 << 16);
        writer.Write("\r\n");
        var objects = 0;
        while (stream.Length < targetBytes)
        {
            var number = objects.ToString("D8", CultureInfo.InvariantCulture);
            writer.Write(template.Replace("packerman", "u" + number, StringComparison.Ordinal).Replace("Ackerman", number, StringComparison.Ordinal));
            writer.Write("\r\n\r\n");
            objects++;
            if (objects % 64 == 0)
            {
                writer.Flush();
            }
        }

        return objects;
    }

    private static string Template()
    {
        var fixture = Path.Combine(RepositoryRoot(), "fixtures", "formats", "powershell", "fl-utf16", "Get-RemoteMailbox.txt");
        var text = File.ReadAllText(fixture, Encoding.Unicode).TrimStart('\uFEFF').Trim('\r', '\n');
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LyncExchange.Analyzer.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (LyncExchange.Analyzer.sln) is not above " + AppContext.BaseDirectory);
    }
}
