namespace LyncExchange.Analyzer.Formats.DnsZone;

/// <summary>
/// One logical entry of a master file: a directive or a resource record, possibly spanning lines inside parentheses.
/// A comment-only line is an entry without tokens (the Windows header comments name the zone).
/// </summary>
internal sealed class ZoneEntry
{
    public List<ZoneToken> Tokens { get; } = new(16);

    /// <summary>The entry's first line began with a space or tab: the owner is the previous record's.</summary>
    public bool OwnerBlank { get; set; }

    public int StartLine { get; set; }

    public int EndLine { get; set; }

    /// <summary>1-based, exclusive column where the entry's text ends on <see cref="EndLine"/>.</summary>
    public int EndColumn { get; set; }

    /// <summary>
    /// A one-line entry of blank-separated fields only (no group, quote, escape, comment or directive), left in the line
    /// reader's block for the reader to take in place; empty when <see cref="Tokens"/> hold the entry. Valid until the
    /// next entry is read.
    /// </summary>
    public ReadOnlyMemory<char> SimpleLine { get; set; }

    public bool IsSimpleLine => !SimpleLine.IsEmpty;

    /// <summary>
    /// An entry with quotes, comments or a group over lines whose fields the tokenizer found without a string each:
    /// their text is in <see cref="FieldText"/>; empty when <see cref="Tokens"/> or <see cref="SimpleLine"/> hold the
    /// entry. Valid until the next entry is read.
    /// </summary>
    public ReadOnlyMemory<ZoneField> Fields { get; set; }

    public ReadOnlyMemory<char> FieldText { get; set; }

    public bool HasFields => !Fields.IsEmpty;

    /// <summary>The comment of a comment-only line (text after the <c>;</c>).</summary>
    public string? Comment { get; set; }

    public void Reset()
    {
        Tokens.Clear();
        OwnerBlank = false;
        StartLine = 0;
        EndLine = 0;
        EndColumn = 1;
        Comment = null;
        SimpleLine = ReadOnlyMemory<char>.Empty;
        Fields = ReadOnlyMemory<ZoneField>.Empty;
        FieldText = ReadOnlyMemory<char>.Empty;
    }
}
