namespace LyncExchange.Analyzer.Formats.Manifest;

/// <summary>
/// A file a command wrote: <c>lossless</c> (Export-Clixml, web.config, .reg, LDIF, zone) or <c>readable-copy</c>
/// (the Format-List text of the same objects, for people). <see cref="Path"/> is relative to the manifest's folder.
/// </summary>
public sealed record ManifestFile(string Path, string Role)
{
    public const string LosslessRole = "lossless";

    public const string ReadableCopyRole = "readable-copy";
}
