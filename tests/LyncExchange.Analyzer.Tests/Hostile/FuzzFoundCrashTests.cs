using LyncExchange.Analyzer.Tests.Fuzzing;

namespace LyncExchange.Analyzer.Tests.Hostile;

/// <summary>Inputs afl++ (tests/LyncExchange.Analyzer.Fuzz) or the in-process fuzzer made a reader crash on, kept as regressions.</summary>
public sealed class FuzzFoundCrashTests
{
    public static TheoryData<string, string> Crashes => new()
    {
        // A UTF-32-looking byte order (00 00 FF FE): XmlReader.Create throws while sniffing the encoding, before the parse loop's catch.
        { "clixml", "AAD//jxMU1QFL0xMTExMIDxUPk1yPA1UPgoAAIAAICAgIDxNUz4KTExMTExMTExMTCA8VD5NcjwNVD4KAACAACAgICA8TVM+Cg==" },
        { "clixml", "AAD//jxPYmpzLz4=" },

        // A Windows DNS header comment whose " for " and " zone." overlap: the slice between them ran backwards.
        { "zone", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(";\n;  Database file fabrikam.com.ds for zone.\n;\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n")) },
        { "zone", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(";  Database file x for zone.\n")) },

        // A lone surrogate escape in a string or a property name: Utf8JsonReader.GetString throws InvalidOperationException.
        { "json", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("[{\"Identity\":\"EX01\\ud800x\"}]")) },
        { "json", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("{\"\\udc00\":1}")) },
    };

    [Theory]
    [MemberData(nameof(Crashes))]
    public void Read_InputThatOnceCrashedTheReader_NoLongerThrows(string target, string base64)
    {
        var failure = ReaderFuzzTests.RunOne(FuzzTarget.Named(target), Convert.FromBase64String(base64), out _);

        Assert.Null(failure);
    }
}
