using System.Text;

namespace LyncExchange.Analyzer.Formats.Ldif;

/// <summary>One attribute value as the file gave it, decoded: text, bytes (binary attributes), or an external URL.</summary>
public sealed class LdifValue
{
    private readonly int _length;

    private LdifValue(LdifValueKind kind, string? text, byte[]? bytes, bool wasBase64, int length = 0)
    {
        _length = length;
        Kind = kind;
        Text = text;
        Bytes = bytes;
        WasBase64 = wasBase64;
    }

    public LdifValueKind Kind { get; }

    /// <summary>The text of a text value, or the URL of a <c>:&lt;</c> value; null for binary values.</summary>
    public string? Text { get; }

    /// <summary>The raw bytes of a binary value; null otherwise.</summary>
    public byte[]? Bytes { get; }

    /// <summary>The value was written as <c>attr:: base64</c>.</summary>
    public bool WasBase64 { get; }

    public int ByteLength => Bytes?.Length ?? (Kind == LdifValueKind.Binary ? _length : Encoding.UTF8.GetByteCount(Text ?? string.Empty));

    public static LdifValue FromText(string text, bool wasBase64) => new(LdifValueKind.Text, text, null, wasBase64);

    public static LdifValue FromBytes(byte[] bytes, bool wasBase64) => new(LdifValueKind.Binary, null, bytes, wasBase64);

    /// <summary>A binary value whose bytes a typed reader does not keep, only their count (<c>thumbnailPhoto</c>).</summary>
    internal static LdifValue FromLength(int length, bool wasBase64) => new(LdifValueKind.Binary, null, null, wasBase64, length);

    public static LdifValue FromUrl(string url) => new(LdifValueKind.Url, url, null, false);

    public override string ToString() => Kind switch
    {
        LdifValueKind.Binary => $"<{ByteLength} bytes>",
        LdifValueKind.Url => "<" + Text + ">",
        _ => Text ?? string.Empty,
    };
}
