namespace LyncExchange.Analyzer.Dumps;

/// <summary>One file of a dump set: a real file or an archive entry, opened read-only on demand.</summary>
public sealed record DumpEntry(string RelativePath, long Length, Func<Stream> Open)
{
    public byte[] ReadAllBytes(long limit)
    {
        using var stream = Open();
        using var buffer = new MemoryStream((int)Math.Min(Math.Max(Length, 0), limit));
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new DumpLimitExceededException($"file is larger than the {limit:N0}-byte limit");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static DumpEntry FromBytes(string relativePath, byte[] bytes) =>
        new(relativePath, bytes.Length, () => new MemoryStream(bytes, writable: false));

    public static DumpEntry FromText(string relativePath, string text) =>
        FromBytes(relativePath, new System.Text.UTF8Encoding(false).GetBytes(text));

    public string FileName => RelativePath[(RelativePath.LastIndexOf('/') + 1)..];

    /// <summary>The folder part of the relative path, with a trailing slash, or empty.</summary>
    public string Directory => RelativePath[..(RelativePath.LastIndexOf('/') + 1)];
}
