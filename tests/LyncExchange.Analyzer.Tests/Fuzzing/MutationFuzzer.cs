using System.Text;

namespace LyncExchange.Analyzer.Tests.Fuzzing;

/// <summary>
/// A deterministic byte mutator in the manner of AFL's havoc stage: from a seed, each input is one to four stacked
/// mutations of a committed fixture (bit flips, interesting bytes, deletions, duplications, splices from another
/// seed, format tokens). The same seed gives the same inputs on every machine, so a failure names its reproduction.
/// </summary>
public sealed class MutationFuzzer(IReadOnlyList<byte[]> seeds, int seed)
{
    /// <summary>A mutated input never grows past this; size attacks are the Hostile suite's job, not the fuzzer's.</summary>
    public const int MaxInputBytes = 256 * 1024;

    private static readonly byte[] InterestingBytes = [0x00, 0xFF, 0x7F, 0x80, 0xC3, 0xEF, 0xBB, 0xBF, 0xFE, (byte)'\n', (byte)'\r', (byte)'\t', (byte)' ', (byte)':', (byte)'"', (byte)'\'', (byte)'<', (byte)'>', (byte)'&', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)'=', (byte)';', (byte)'\\', (byte)'$', (byte)'@', (byte)'(', (byte)')', (byte)'-', (byte)'.'];

    /// <summary>Tokens every reader gives meaning to; inserting them reaches the branches random bytes rarely do.</summary>
    private static readonly byte[][] Tokens = [.. new[]
    {
        "\r\n", "\n ", " : ", "...", "\u2026", "{", "}", "@{", "[", "]", "\"", "\"\"", ",", ";", "=", "\\", "\\\r\n",
        "<Obj RefId=\"0\">", "</Obj>", "<Ref RefId=\"0\" />", "<TN RefId=\"0\"><T>x</T></TN>", "<TNRef RefId=\"0\" />", "<Props>", "<MS>", "<LST>", "<S N=\"Name\">", "</S>", "<Nil />", "<B>true</B>", "<I32>-1</I32>", "<DT>2013-02-30T25:00:00</DT>", "<BA>AAEC</BA>", "_x000D_", "_xD800_", "&amp;", "&#0;", "&#xD800;", "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;", "<add key=\"IMServerName\" value=\"", "\"/>", "<remove key=\"", "<clear/>",
        "null", "true", "-1e999", "1e400", "\"\\ud800\"", "\"\\u0000\"", "[[[[[[[[", "{\"a\":",
        "dn: ", "dn:: ", "changetype: modify", "add: ", "replace: ", "-\n", "objectClass: user", ":: AAAA", ":< file:///etc/passwd", "# comment", "version: 1", "\n\n",
        "$ORIGIN ", "$TTL ", "$INCLUDE ", "$GENERATE 1-100 h$ A 10.0.0.$", "$GENERATE 0-4294967295/1 x A 1.1.1.1", "(", ")", "@", " IN ", " SOA ", " SRV ", " A ", " CNAME ", " TXT ", "\\065", "\\999", "${-1,3,x}", "2147483648",
        "Windows Registry Editor Version 5.00", "REGEDIT4", "[HKEY_LOCAL_MACHINE\\", "[-HKEY_", "dword:", "hex:", "hex(2):", "hex(7):", "hex(b):", "=-", "@=",
        "PS C:\\> ", "**********************", "Windows PowerShell transcript start", "---- ", "------", "   ", "\uFEFF", "\u00C3\u00A9",
    }.Select(t => Encoding.UTF8.GetBytes(t))];

    private readonly Random _random = new(seed);

    public byte[] Next()
    {
        var data = new List<byte>(seeds[_random.Next(seeds.Count)]);
        var stacked = 1 + _random.Next(4);
        for (var i = 0; i < stacked; i++)
        {
            Mutate(data);
        }

        return [.. data.Take(MaxInputBytes)];
    }

    private void Mutate(List<byte> data)
    {
        switch (_random.Next(10))
        {
            case 0 when data.Count > 0:
                data[_random.Next(data.Count)] ^= (byte)(1 << _random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[_random.Next(data.Count)] = (byte)_random.Next(256);
                break;
            case 2 when data.Count > 0:
                data[_random.Next(data.Count)] = InterestingBytes[_random.Next(InterestingBytes.Length)];
                break;
            case 3 when data.Count > 0:
            {
                var start = _random.Next(data.Count);
                data.RemoveRange(start, Math.Min(data.Count - start, 1 + _random.Next(64)));
                break;
            }

            case 4 when data.Count > 0:
            {
                var start = _random.Next(data.Count);
                var length = Math.Min(data.Count - start, 1 + _random.Next(256));
                var copies = 1 + _random.Next(_random.Next(8) == 0 ? 64 : 2);
                var chunk = data.GetRange(start, length);
                for (var c = 0; c < copies && data.Count < MaxInputBytes; c++)
                {
                    data.InsertRange(_random.Next(data.Count + 1), chunk);
                }

                break;
            }

            case 5:
            {
                var other = seeds[_random.Next(seeds.Count)];
                if (other.Length > 0)
                {
                    var start = _random.Next(other.Length);
                    data.InsertRange(_random.Next(data.Count + 1), other.AsSpan(start, Math.Min(other.Length - start, 1 + _random.Next(512))).ToArray());
                }

                break;
            }

            case 6 or 7:
                data.InsertRange(_random.Next(data.Count + 1), Tokens[_random.Next(Tokens.Length)]);
                break;
            case 8 when data.Count > 0:
            {
                var keep = _random.Next(data.Count);
                data.RemoveRange(keep, data.Count - keep);
                break;
            }

            case 9 when data.Count > 1:
            {
                var a = _random.Next(data.Count);
                var b = _random.Next(data.Count);
                (data[a], data[b]) = (data[b], data[a]);
                break;
            }

            default:
                data.InsertRange(_random.Next(data.Count + 1), Tokens[_random.Next(Tokens.Length)]);
                break;
        }
    }
}
