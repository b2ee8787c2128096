using System.Buffers;
using System.Buffers.Text;
using System.Text;
using CsCheck;
using LyncExchange.Analyzer.Formats.Ldif;

namespace LyncExchange.Analyzer.Tests.Formats.Ldif;

/// <summary>Measuring a base64 value must accept and size exactly what decoding it does (the decoding path is the reference).</summary>
public sealed class LdifBase64MeasureTests
{
    private static readonly Gen<byte[]> Candidate =
        Gen.OneOf(
            Gen.Byte.Array[0, 300].Select(bytes => Encoding.ASCII.GetBytes(Convert.ToBase64String(bytes))),
            Gen.Select(Gen.Byte.Array[1, 60], Gen.Int[0, 80], Gen.OneOf(" ", "  ", "\t", "\r", "\n", "="), (bytes, at, insert) =>
            {
                var text = Convert.ToBase64String(bytes);
                at = Math.Min(at, text.Length);
                return Encoding.ASCII.GetBytes(text[..at] + insert + text[at..]);
            }),
            Gen.String[Gen.Char["AZaz09+/= \t\r\n-_*.\u00e9"], 0, 40].Select(Encoding.UTF8.GetBytes));

    [Fact]
    public void TryMeasureBase64_AnyValue_AgreesWithDecoding()
    {
        Candidate.Sample(raw =>
        {
            var trimmed = ((ReadOnlySpan<byte>)raw).TrimEnd((byte)' ');
            var buffer = new byte[Base64.GetMaxDecodedFromUtf8Length(trimmed.Length)];
            var status = Base64.DecodeFromUtf8(trimmed, buffer, out var consumed, out var written);
            var decodes = status == OperationStatus.Done && consumed == trimmed.Length;

            var measures = LdifReader.TryMeasureBase64(raw, out var length);

            Assert.Equal(decodes, measures);
            if (decodes)
            {
                Assert.Equal(written, length);
            }
        }, iter: 20000);
    }
}
