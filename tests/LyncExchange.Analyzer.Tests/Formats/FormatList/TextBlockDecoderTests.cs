using CsCheck;
using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Tests.Formats.FormatList;

/// <summary>The block decoder the Format-List reader streams through, held to <see cref="SourceFile.Decode"/> of the whole file.</summary>
public sealed class TextBlockDecoderTests
{
    private static readonly Gen<byte[]> Bytes =
        Gen.OneOf(
            Gen.Byte.Array[0, 200],
            Gen.Byte[0x20, 0x7E].Array[0, 200],
            Gen.Select(Gen.OneOf<byte[]>([0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], []), Gen.Byte.Array[0, 120], (mark, body) => (byte[])[.. mark, .. body]),
            Gen.String[Gen.Char['\u0000', '\u07FF'], 0, 60].Select(text => new System.Text.UTF8Encoding(false).GetBytes(text)),
            Gen.String[Gen.Char[' ', 'z'], 4, 60].Select(text => System.Text.Encoding.Unicode.GetBytes(text)),
            Gen.String[Gen.Char[' ', 'z'], 4, 60].Select(text => (byte[])[.. System.Text.Encoding.BigEndianUnicode.GetBytes(text), 0x41]));

    [Fact]
    public void Blocks_AnyBytesAnyBlockSize_DecodeAsTheWholeFileDoes()
    {
        Gen.Select(Bytes, Gen.Int[1, 40], (bytes, blockBytes) => (bytes, blockBytes))
            .Sample(((byte[] bytes, int blockBytes) input) =>
            {
                var whole = SourceFile.Decode("f.txt", input.bytes);
                var encoding = TextBlockDecoder.Detect(() => new MemoryStream(input.bytes), input.blockBytes);
                Assert.Equal(whole.Encoding.Name, encoding.Name);
                Assert.Equal(whole.Encoding.Problem, encoding.Problem);

                var text = new System.Text.StringBuilder();
                using var decoder = TextBlockDecoder.Open(() => new MemoryStream(input.bytes), encoding, input.blockBytes);
                for (var block = decoder.Next(); !block.IsEmpty; block = decoder.Next())
                {
                    text.Append(block.Span);
                }

                Assert.Equal(whole.Text, text.ToString());
            }, iter: 20_000, seed: "0TxtBlocks001");
    }

    [Fact]
    public void Detect_InvalidUtf8AfterTheHead_IsWindows1252()
    {
        byte[] bytes = [.. System.Text.Encoding.ASCII.GetBytes(new string('a', 10_000)), 0xC3];
        Assert.Equal("windows-1252", TextBlockDecoder.Detect(() => new MemoryStream(bytes), 64).Name);
        Assert.Equal("utf-8", TextBlockDecoder.Detect(() => new MemoryStream(bytes[..^1]), 64).Name);
    }
}
