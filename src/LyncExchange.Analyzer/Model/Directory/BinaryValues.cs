using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>How AD's octet-string attributes read as text (formats.md §4.3: objectGUID byte order, SID layout).</summary>
public static class BinaryValues
{
    /// <summary><c>objectGUID</c> bytes are <see cref="Guid.ToByteArray"/> order (little-endian fields).</summary>
    public static Guid? ToGuid(ReadOnlySpan<byte> bytes) => bytes.Length == 16 ? new Guid(bytes) : null;

    /// <summary>
    /// A binary SID: revision, sub-authority count, 6-byte big-endian identifier authority, then little-endian
    /// 32-bit sub-authorities. Null when the bytes are not that shape.
    /// </summary>
    public static string? ToSidString(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8 || bytes[0] != 1)
        {
            return null;
        }

        var count = bytes[1];
        if (bytes.Length != 8 + (4 * count))
        {
            return null;
        }

        ulong authority = 0;
        for (var i = 2; i < 8; i++)
        {
            authority = (authority << 8) | bytes[i];
        }

        var builder = new StringBuilder("S-1-");
        builder.Append(authority.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < count; i++)
        {
            builder.Append('-').Append(BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(8 + (4 * i), 4)).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
